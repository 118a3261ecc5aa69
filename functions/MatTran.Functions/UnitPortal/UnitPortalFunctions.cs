using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.UnitPortal;

/// <summary>The unit's page and its assets, served here until the web app serves them (issue 9). One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class UnitPortalFunctions
{
    [Function("UnitPortal_Page")]
    public static Task<IResult> Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "units/inspections/{inspectionId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("UnitPortal_Asset")]
    public static Task<IResult> Asset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "units/assets/{fileName}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
