using System.Collections.Frozen;
using MatTran.Api.Routing;

namespace MatTran.Functions.Http;

/// <summary>The route of each HTTP function, found by function name: every HTTP function is named after its route.</summary>
internal static class ApiFunctionRoutes
{
    private static readonly FrozenDictionary<string, ApiRoute> ByFunctionName =
        ApiRoutes.All.ToFrozenDictionary(route => route.FunctionName, StringComparer.Ordinal);

    public static bool TryGet(string functionName, out ApiRoute route) => ByFunctionName.TryGetValue(functionName, out route!);

    public static ApiRoute Get(string functionName) =>
        TryGet(functionName, out var route)
            ? route
            : throw new InvalidOperationException($"The function '{functionName}' has no entry in ApiRoutes.All.");
}
