using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Inspections;

/// <summary>Inspections: list, read, and every request that moves one along (staff and unit). One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class InspectionFunctions
{
    [Function("Inspections_List")]
    public static Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inspections")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_Get")]
    public static Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inspections/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_Reschedule")]
    public static Task<IResult> Reschedule(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{id}/reschedule")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_Cancel")]
    public static Task<IResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{id}/cancel")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_SelfReport")]
    public static Task<IResult> SelfReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{id}/self-report")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_Findings")]
    public static Task<IResult> Findings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{id}/findings")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_Feedback")]
    public static Task<IResult> Feedback(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{id}/feedback")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_Conclusion")]
    public static Task<IResult> Conclusion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{id}/conclusion")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_ApproveConclusion")]
    public static Task<IResult> ApproveConclusion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{id}/conclusion/approve")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Inspections_ReturnConclusion")]
    public static Task<IResult> ReturnConclusion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inspections/{id}/conclusion/return")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
