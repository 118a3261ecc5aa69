using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace MatTran.Functions.Tests.Http;

/// <summary>
/// A function invocation as the worker hands it to middleware — the function's name, the trigger's binding data, the
/// invocation's services and, as the ASP.NET Core integration puts it there, the request's <see cref="HttpContext"/> —
/// so the worker middleware runs without a Functions host (which needs Core Tools).
/// </summary>
internal sealed class InvocationContext : FunctionContext
{
    // The key under which the ASP.NET Core integration stores the request (FunctionContextExtensions.GetHttpContext).
    private const string HttpContextKey = "HttpRequestContext";

    public InvocationContext(string functionName, HttpContext http, IReadOnlyDictionary<string, object?>? bindingData = null)
    {
        FunctionDefinition = new Definition(functionName);
        BindingContext = new Bindings(bindingData ?? new Dictionary<string, object?>());
        InstanceServices = http.RequestServices;
        Items = new Dictionary<object, object> { [HttpContextKey] = http };
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => FunctionDefinition.Id;

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext { get; }

    public override Microsoft.Azure.Functions.Worker.RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items { get; set; }

    public override IInvocationFeatures Features => throw new NotSupportedException();

    private sealed class Definition(string name) : FunctionDefinition
    {
        public override string PathToAssembly => typeof(Definition).Assembly.Location;

        public override string EntryPoint => name;

        public override string Id => name;

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override ImmutableArray<FunctionParameter> Parameters => [];
    }

    private sealed class Bindings(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData => data;
    }
}
