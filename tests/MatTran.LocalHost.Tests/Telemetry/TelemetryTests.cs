using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using MatTran.Inspections.Links;
using MatTran.Inspections.Telemetry;
using MatTran.LocalHost.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace MatTran.LocalHost.Tests.Telemetry;

/// <summary>What the local host exports, caught by OpenTelemetry's in-memory exporter added to the host's own set-up.</summary>
[TestClass]
public sealed partial class TelemetryTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [GeneratedRegex("(^|[?&])t=")]
    private static partial Regex TokenParameter();

    [TestMethod]
    public async Task A_launched_plan_traces_each_step_with_its_inspection_id_and_no_span_carries_a_link_token()
    {
        var spans = new SpanRecorder();
        await using var host = await TestHost.StartAsync(LaunchedPlan.HostSettings(), cancellationToken: Cancel,
            services: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        var plan = await LaunchedPlan.StartBeforeNoticeAsync(host, secondsPerDay: 2, Cancel);
        await plan.WaitUntilAsync(plan.DistrictInspection, i => LaunchedPlan.Stage(i) == "AwaitingSelfReport", "notice and self-report request");
        string token = plan.Link(plan.Tree.District, plan.DistrictInspection, UnitLinkPurpose.SelfReportUpload);

        // A unit opens its emailed link, whose page (a static file of the web app) reads the inspection with the token:
        // that request's server span (and the test's client span) must lose the token.
        using var page = await host.Client.GetAsync(new Uri($"api/inspections/{plan.DistrictInspection}?t={token}&lang=vi", UriKind.Relative), Cancel);
        Assert.AreEqual(HttpStatusCode.OK, page.StatusCode);
        // The read model shows the stage from inside the step, a moment before the step's span ends.
        await Eventually.WaitForAsync(
            () => Task.FromResult(spans.Snapshot().Any(s => s.DisplayName == "RequestSelfReport"
                && (string?)s.GetTagItem(WorkflowTelemetry.InspectionIdTag) == plan.DistrictInspection)),
            Eventually.Within(TimeSpan.FromSeconds(30), Cancel));
        Assert.IsTrue(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        var all = spans.Snapshot();

        var steps = all.Where(s => s.Source.Name == WorkflowTelemetry.Name).ToList();
        string?[] Tagged(string step) =>
            [.. steps.Where(s => s.DisplayName == step).Select(s => s.GetTagItem(WorkflowTelemetry.InspectionIdTag) as string)];
        CollectionAssert.IsSubsetOf(new[] { plan.DistrictInspection, plan.CommuneInspection }, Tagged("ScheduleInspection"));
        CollectionAssert.Contains(Tagged("IssueNotice"), plan.DistrictInspection);
        CollectionAssert.Contains(Tagged("RequestSelfReport"), plan.DistrictInspection);
        Assert.IsTrue(steps.Any(s => s.DisplayName == "StartPlan" && (string?)s.GetTagItem(WorkflowTelemetry.PlanIdTag) == plan.PlanId));
        Assert.IsTrue(steps.All(s => s.Status != ActivityStatusCode.Error), string.Join(", ", steps.Where(s => s.Status == ActivityStatusCode.Error).Select(s => s.DisplayName)));

        // The token parameter is gone; the others stay (with OpenTelemetry's own value redaction).
        var portal = all.Where(s => s.Kind == ActivityKind.Server && ((s.GetTagItem("url.path") as string)?.StartsWith("/api/inspections/", StringComparison.Ordinal) ?? false)).ToList();
        Assert.IsTrue(portal.Any(s => (s.GetTagItem("url.query") as string)?.StartsWith("?lang=", StringComparison.Ordinal) == true), string.Join(", ", portal.Select(s => s.GetTagItem("url.query"))));
        foreach (var span in all)
        {
            foreach (var (name, value) in span.TagObjects.Select(t => (t.Key, t.Value as string)).Where(t => t.Item2 is not null))
            {
                Assert.DoesNotContain(token, value!, $"{span.DisplayName} {name}");
                Assert.IsFalse(TokenParameter().IsMatch(value!.Split('?')[^1]), $"{span.DisplayName} {name}={value}");
            }

            Assert.DoesNotContain(token, span.DisplayName);
        }
    }
}
