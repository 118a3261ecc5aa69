using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Units;

/// <summary>Unit import and list. One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class UnitFunctions
{
    [Function("Units_Import")]
    public static Task<IResult> Import(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/units/import")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Units_List")]
    public static Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/units")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
