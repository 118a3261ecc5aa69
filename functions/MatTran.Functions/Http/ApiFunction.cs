using MatTran.Api.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MatTran.Functions.Http;

/// <summary>What every HTTP function does: hand its request to the shared handler of the route it is named after.</summary>
internal static class ApiFunction
{
    /// <summary>
    /// Runs the route's handler (after <see cref="ApiRequestMiddleware"/> authorized the caller) with the invocation's
    /// durable client. The handler writes the response itself; the empty result tells the worker there is nothing more
    /// to write.
    /// </summary>
    public static async Task<IResult> InvokeAsync(HttpRequest request, DurableTaskClient client, FunctionContext function)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(function);
        function.InstanceServices.GetRequiredService<RequestDurableClient>().Client = client;
        await ApiRouteInvoker.InvokeAsync(request.HttpContext, ApiFunctionRoutes.Get(function.FunctionDefinition.Name));
        return Results.Empty;
    }
}
