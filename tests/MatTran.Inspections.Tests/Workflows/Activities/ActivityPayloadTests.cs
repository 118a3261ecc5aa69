using MatTran.Inspections.Inspections;
using MatTran.Inspections.Ratings;
using MatTran.Inspections.Workflows;
using MatTran.Inspections.Workflows.Activities;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask.Converters;

namespace MatTran.Inspections.Tests.Workflows.Activities;

/// <summary>Payloads go through the hosts' data converter into history and queues; they must come back equal.</summary>
[TestClass]
public sealed class ActivityPayloadTests
{
    private static readonly JsonDataConverter Converter = new(WorkflowJson.Options);

    private static readonly PlanClock Rehearsal = PlanClock.Rehearsal(new DateOnly(2023, 6, 1), 1.5, new DateTime(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc));

    private static T RoundTrip<T>(T value) => (T)Converter.Deserialize(Converter.Serialize(value), typeof(T))!;

    [TestMethod]
    public void Year_end_summary_with_ratings_survives_the_payload_format()
    {
        var summary = CompletePlan.Summarise(new PlanCompletion("plan-tinh-cb.2023.aaaaaaaaaaaa#9", "tinh-cb.2023.aaaaaaaaaaaa",
        [
            new InspectionOutcome("tinh-cb.2023.aaaaaaaaaaaa.001", "xa-a", InspectionKind.Inspection, InspectionStage.Closed, Rating.XuatSac, 1, 1, 0, null),
            new InspectionOutcome("tinh-cb.2023.aaaaaaaaaaaa.002", "xa-b", InspectionKind.Inspection, InspectionStage.Closed, Rating.Yeu, 2, 0, 2, "tinh-cb.2023.aaaaaaaaaaaa.002.pt"),
        ], new DateTime(2023, 12, 28, 1, 0, 0, DateTimeKind.Utc)));

        var back = RoundTrip(summary);

        Assert.AreEqual(summary with { Ratings = back.Ratings }, back);
        CollectionAssert.AreEquivalent(summary.Ratings.ToArray(), back.Ratings.ToArray());
    }

    [TestMethod]
    public void Issued_conclusion_with_its_remediations_and_their_clock_survives_the_payload_format()
    {
        var issued = new IssuedConclusion(
            [new RemediationInput("tinh-cb.2023.aaaaaaaaaaaa.001.r1", "tinh-cb.2023.aaaaaaaaaaaa.001", "tinh-cb.2023.aaaaaaaaaaaa", "xa-a", 0,
                "Cập nhật đầy đủ sổ sách Quỹ Vì người nghèo", "Ban Thường trực", new DateOnly(2023, 9, 29), Rehearsal)],
            FollowUpRequested: true, Rating.Kha);

        var back = RoundTrip(issued);

        CollectionAssert.AreEqual(issued.Remediations.ToArray(), back.Remediations.ToArray());
        Assert.IsTrue(back.FollowUpRequested);
        Assert.AreEqual(Rating.Kha, back.Rating);
    }

    [TestMethod]
    public void Steps_keep_their_key_plan_time_and_request()
    {
        var step = new SignalStep("tinh-cb.2023.aaaaaaaaaaaa.001#7", "tinh-cb.2023.aaaaaaaaaaaa.001",
            new InspectionSignal(InspectionSignalKind.Reschedule, "ke.hoach", VisitDate: new DateOnly(2023, 7, 3), Text: "Trùng lịch họp."),
            new DateTime(2023, 6, 7, 1, 0, 0, DateTimeKind.Utc));

        var back = RoundTrip(step);

        Assert.AreEqual(step, back);
        Assert.AreEqual(DateTimeKind.Utc, back.At.Kind);
    }

    [TestMethod]
    public void Enums_travel_as_their_names_and_dates_as_iso_days()
    {
        string json = Converter.Serialize(new InspectionInput(
            "tinh-cb.2023.aaaaaaaaaaaa.001", "tinh-cb.2023.aaaaaaaaaaaa", "xa-a", InspectionKind.FollowUp, new DateOnly(2023, 6, 19), Rehearsal))!;

        StringAssert.Contains(json, "\"kind\":\"FollowUp\"");
        StringAssert.Contains(json, "\"visitDate\":\"2023-06-19\"");
        StringAssert.Contains(json, "\"secondsPerDay\":1.5");
        Assert.IsFalse(json.Contains("isRehearsal", StringComparison.Ordinal), json);
    }

    [TestMethod]
    public void A_number_for_an_enum_is_refused_by_the_payload_format()
    {
        string json = Converter.Serialize(new InspectionInput(
            "tinh-cb.2023.aaaaaaaaaaaa.001", "tinh-cb.2023.aaaaaaaaaaaa", "xa-a", InspectionKind.FollowUp, new DateOnly(2023, 6, 19), Rehearsal))!;
        string numbered = json.Replace("\"kind\":\"FollowUp\"", "\"kind\":2", StringComparison.Ordinal);

        Assert.AreNotEqual(json, numbered);
        Assert.ThrowsExactly<System.Text.Json.JsonException>(() => Converter.Deserialize(numbered, typeof(InspectionInput)));
    }

    [TestMethod]
    public void A_plan_input_keeps_its_clock()
    {
        var input = new AnnualPlanInput("tinh-cb.2023.aaaaaaaaaaaa", "ke.hoach", Rehearsal);

        var back = RoundTrip(input);

        Assert.AreEqual(input, back);
        Assert.AreEqual(Rehearsal.ToRealTime(new DateTime(2023, 7, 1, 1, 0, 0, DateTimeKind.Utc)), back.Clock.ToRealTime(new DateTime(2023, 7, 1, 1, 0, 0, DateTimeKind.Utc)));
    }
}
