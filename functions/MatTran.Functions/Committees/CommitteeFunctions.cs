using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Committees;

/// <summary>A committee's staff directory. One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class CommitteeFunctions
{
    [Function("Committees_Directory")]
    public static Task<IResult> Directory(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/committees/{id}/directory")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Committees_PutStaff")]
    public static Task<IResult> PutStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/committees/{id}/staff/{staffId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Committees_DeleteStaff")]
    public static Task<IResult> DeleteStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/committees/{id}/staff/{staffId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Committees_PutDepartment")]
    public static Task<IResult> PutDepartment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/committees/{id}/departments/{departmentId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
