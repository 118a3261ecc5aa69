using MatTran.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MatTran.Functions.DevMailbox;

/// <summary>The Development mailbox (404 outside Development/Test, by the access policy). One function per route of <c>ApiRoutes.All</c>, named and routed as there.</summary>
public static class DevMailboxFunctions
{
    [Function("DevMailbox_List")]
    public static Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/dev/mailbox")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);

    [Function("DevMailbox_Get")]
    public static Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/dev/mailbox/{*name}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ApiFunction.InvokeAsync(request, client, function);
}
