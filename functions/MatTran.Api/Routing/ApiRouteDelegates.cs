using System.Collections.Concurrent;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MatTran.Api.Routing;

/// <summary>
/// Each route's handler compiled once per host by <see cref="RequestDelegateFactory"/> against the root service
/// provider, with the binding minimal APIs use.
/// </summary>
public sealed class ApiRouteDelegates(IServiceProvider services)
{
    private readonly ConcurrentDictionary<ApiRoute, RequestDelegate> _delegates = new();

    public RequestDelegate For(ApiRoute route) => _delegates.GetOrAdd(route, Create);

    private RequestDelegate Create(ApiRoute route)
    {
        var options = new RequestDelegateFactoryOptions
        {
            ServiceProvider = services,
            RouteParameterNames = [.. RoutePatternFactory.Parse(route.Template).Parameters.Select(p => p.Name)],
            // Unreadable bodies answer 400/413/415 (then problem+json) in every environment, as in the local host.
            ThrowOnBadRequest = false,
        };
        return RequestDelegateFactory.Create(route.Handler, options).RequestDelegate;
    }
}
