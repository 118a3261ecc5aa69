using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Health;

/// <summary>The health probe. One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class HealthFunctions
{
    [Function("Health_Get")]
    public static Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
