using System.Reflection;
using MatTran.Api.Routing;
using MatTran.Api.Maintenance;
using MatTran.Functions.Maintenance;
using MatTran.Inspections.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace MatTran.Functions.Tests.FunctionApp;

/// <summary>
/// What the Functions host will index (the built <c>functions.metadata</c>) against the product's own lists: every route
/// of the API table, every orchestrator and activity of the workflow catalog, the one timer — and nothing else.
/// </summary>
[TestClass]
public sealed class FunctionsMetadataTests
{
    private static readonly Assembly FunctionsAssembly = typeof(HistoryPurgeFunction).Assembly;

    [TestMethod]
    public void Every_route_has_an_anonymous_http_function_with_its_name_method_and_route()
    {
        var http = FunctionsMetadata.WithTrigger("httpTrigger").ToDictionary(f => f.Name);
        foreach (var route in ApiRoutes.All)
        {
            Assert.IsTrue(http.TryGetValue(route.FunctionName, out var function), $"No HTTP function for {route}.");
            var trigger = function.Trigger;
            CollectionAssert.AreEqual(new[] { route.Method.ToLowerInvariant() }, trigger.Methods?.ToArray(), $"Methods of {route.FunctionName}.");
            Assert.AreEqual(route.Template, trigger.Route, $"Route of {route.FunctionName}.");
            // Access is the app's own policy (worker middleware); a function key would only lock out the callers it allows.
            Assert.AreEqual("Anonymous", trigger.AuthLevel, $"Auth level of {route.FunctionName}.");
        }
    }

    [TestMethod]
    public void Every_http_function_is_a_route_of_the_table()
    {
        var routeNames = ApiRoutes.All.Select(r => r.FunctionName).ToHashSet(StringComparer.Ordinal);
        var extra = FunctionsMetadata.WithTrigger("httpTrigger").Select(f => f.Name).Where(n => !routeNames.Contains(n)).ToList();
        Assert.AreEqual(0, extra.Count, "HTTP functions without a route in ApiRoutes.All: " + string.Join(", ", extra));
    }

    [TestMethod]
    public void Every_http_function_binds_the_durable_client_and_answers_over_http()
    {
        foreach (var function in FunctionsMetadata.WithTrigger("httpTrigger"))
        {
            Assert.IsTrue(function.Bindings.Any(b => b.Type == "durableClient" && b.Direction == "In"), $"{function.Name} binds no durable client.");
            Assert.IsTrue(function.Bindings.Any(b => b.Type == "http" && b.Direction == "Out"), $"{function.Name} has no HTTP answer.");
        }
    }

    [TestMethod]
    public void Every_orchestrator_of_the_catalog_has_an_orchestration_trigger_returning_its_output()
    {
        var functions = FunctionsMetadata.WithTrigger("orchestrationTrigger").Select(f => f.Name).Order().ToList();
        CollectionAssert.AreEqual(WorkflowCatalog.Orchestrators.Select(o => o.Name).Order().ToList(), functions);
        foreach (var orchestrator in WorkflowCatalog.Orchestrators)
        {
            var (_, output) = TypeArguments(orchestrator.Type, typeof(TaskOrchestrator<,>));
            Assert.AreEqual(typeof(Task<>).MakeGenericType(output), FunctionMethod(orchestrator.Name).ReturnType, $"{orchestrator.Name} returns another type.");
        }
    }

    [TestMethod]
    public void Every_activity_of_the_catalog_has_an_activity_trigger_taking_its_input()
    {
        var functions = FunctionsMetadata.WithTrigger("activityTrigger").Select(f => f.Name).Order().ToList();
        CollectionAssert.AreEqual(WorkflowCatalog.Activities.Select(a => a.Name).Order().ToList(), functions);
        foreach (var activity in WorkflowCatalog.Activities)
        {
            var (input, output) = TypeArguments(activity.Type, typeof(TaskActivity<,>));
            var method = FunctionMethod(activity.Name);
            var trigger = method.GetParameters().Single(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null);
            Assert.AreEqual(input, trigger.ParameterType, $"{activity.Name} takes another input than {activity.Type.Name}.");
            Assert.AreEqual(typeof(Task<>).MakeGenericType(output), method.ReturnType, $"{activity.Name} returns another type than {activity.Type.Name}.");
            Assert.IsTrue(method.GetParameters().Any(p => p.Name == "instanceId" && p.ParameterType == typeof(string)),
                $"{activity.Name} does not take the calling instance's id from the trigger.");
        }
    }

    [TestMethod]
    public void The_only_timer_is_the_nightly_history_purge()
    {
        var timers = FunctionsMetadata.WithTrigger("timerTrigger").ToList();
        Assert.AreEqual(1, timers.Count, "Timers: " + string.Join(", ", timers.Select(t => t.Name)));
        Assert.AreEqual(HistoryPurgeFunction.Name, timers[0].Name);
        Assert.AreEqual(HistoryPurgeFunction.Schedule, timers[0].Trigger.Schedule);
        Assert.IsTrue(timers[0].Bindings.Any(b => b.Type == "durableClient"), "The purge needs the durable client.");
    }

    [TestMethod]
    public void Every_function_is_a_route_a_workflow_or_the_timer()
    {
        int expected = ApiRoutes.All.Count + WorkflowCatalog.Orchestrators.Count + WorkflowCatalog.Activities.Count + 1;
        Assert.AreEqual(expected, FunctionsMetadata.All.Count, "Functions: " + string.Join(", ", FunctionsMetadata.All.Select(f => f.Name)));
        Assert.AreEqual(FunctionsMetadata.All.Count, FunctionsMetadata.All.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            "Function names must be unique regardless of case.");
        Assert.IsTrue(FunctionsMetadata.All.All(f => f.Language == "dotnet-isolated" && f.ScriptFile == "MatTran.Functions.dll"));
    }

    [TestMethod]
    public void Build_output_has_what_the_Functions_host_loads()
    {
        string output = TestPaths.FunctionsOutputDirectory;
        StringAssert.Contains(File.ReadAllText(Path.Combine(output, "worker.config.json")), "MatTran.Functions.dll");
        StringAssert.Contains(File.ReadAllText(Path.Combine(output, "extensions.json")), "DurableTask");
        Assert.IsTrue(File.Exists(Path.Combine(output, ".azurefunctions", "Microsoft.Azure.WebJobs.Extensions.DurableTask.dll")),
            "The Durable Functions host extension was not restored into .azurefunctions/.");
        Assert.IsTrue(File.Exists(Path.Combine(output, "host.json")), "host.json is not next to the app.");
        Assert.IsFalse(Directory.EnumerateFiles(output, "function.json", SearchOption.AllDirectories).Any(), "No hand-written function.json.");
    }

    private static MethodInfo FunctionMethod(string name) =>
        FunctionsAssembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance))
            .Single(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == name);

    private static (Type Input, Type Output) TypeArguments(Type type, Type openBase)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openBase)
            {
                var arguments = current.GetGenericArguments();
                return (arguments[0], arguments[1]);
            }
        }

        throw new AssertFailedException($"{type} is not a {openBase.Name}.");
    }
}
