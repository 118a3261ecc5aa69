using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Links;

/// <summary>The unit's link renewal. One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class LinkFunctions
{
    [Function("Links_Renew")]
    public static Task<IResult> Renew(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/links/renew")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
