using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.Staff;

/// <summary>The staff pages' own reads: caller, accounts, reminder policy, days off. One function per route of <c>ApiRoutes.All</c>.</summary>
public static class StaffFunctions
{
    [Function("Me_Get")]
    public static Task<IResult> Me(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Admin_Users")]
    public static Task<IResult> Users(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/users")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Admin_ReminderPolicy")]
    public static Task<IResult> ReminderPolicy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/reminder-policy")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("Calendar_Holidays")]
    public static Task<IResult> Holidays(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/calendar/holidays")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
