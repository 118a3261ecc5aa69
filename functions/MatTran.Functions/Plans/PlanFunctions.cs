using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Plans;

/// <summary>Annual plans: create, list, read, edit, overlaps, merge, approve, launch. One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class PlanFunctions
{
    [Function("Plans_Create")]
    public static Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/plans")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Plans_List")]
    public static Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/plans")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Plans_Get")]
    public static Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/plans/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Plans_Approve")]
    public static Task<IResult> Approve(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/plans/{id}/approve")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Plans_Launch")]
    public static Task<IResult> Launch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/plans/{id}/launch")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Plans_Document")]
    public static Task<IResult> Document(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/plans/{id}/documents/{documentId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Plans_Edit")]
    public static Task<IResult> Edit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/plans/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Plans_Overlaps")]
    public static Task<IResult> Overlaps(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/plans/{id}/overlaps")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Plans_Merge")]
    public static Task<IResult> Merge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/plans/{id}/merge")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
