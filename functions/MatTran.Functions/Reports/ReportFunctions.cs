using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Reports;

/// <summary>Reports and exports. One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class ReportFunctions
{
    [Function("Reports_Plan")]
    public static Task<IResult> Plan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/plans/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Reports_PlanExport")]
    public static Task<IResult> PlanExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/plans/{id}/export")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Reports_Year")]
    public static Task<IResult> Year(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/years/{year}/issuers/{issuerUnitId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Reports_YearExport")]
    public static Task<IResult> YearExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/years/{year}/issuers/{issuerUnitId}/export")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
