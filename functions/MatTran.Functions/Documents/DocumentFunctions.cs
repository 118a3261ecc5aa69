using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Documents;

/// <summary>Document downloads. One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class DocumentFunctions
{
    [Function("Documents_Download")]
    public static Task<IResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/documents/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
