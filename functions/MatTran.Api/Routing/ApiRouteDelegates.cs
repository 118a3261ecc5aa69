using System.Collections.Concurrent;
using MatTran.Api.Http;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MatTran.Api.Routing;

/// <summary>
/// Each route's handler compiled once per host by <see cref="RequestDelegateFactory"/> against the root service
/// provider, with the binding minimal APIs use and the same endpoint filter the local host adds
/// (<see cref="RequestTextFilter"/>).
/// </summary>
public sealed class ApiRouteDelegates(IServiceProvider services)
{
    private readonly ConcurrentDictionary<ApiRoute, RequestDelegate> _delegates = new();

    public RequestDelegate For(ApiRoute route) => _delegates.GetOrAdd(route, Create);

    private RequestDelegate Create(ApiRoute route)
    {
        var pattern = RoutePatternFactory.Parse(route.Template);
        var endpoint = new RouteEndpointBuilder(requestDelegate: null, pattern, order: 0) { ApplicationServices = services };
        endpoint.FilterFactories.Add((_, next) => invocation => RequestTextFilter.Instance.InvokeAsync(invocation, next));
        var options = new RequestDelegateFactoryOptions
        {
            ServiceProvider = services,
            RouteParameterNames = [.. pattern.Parameters.Select(p => p.Name)],
            // Unreadable bodies answer 400/413/415 (then problem+json) in every environment, as in the local host.
            ThrowOnBadRequest = false,
            EndpointBuilder = endpoint,
        };
        return RequestDelegateFactory.Create(route.Handler, options).RequestDelegate;
    }
}
