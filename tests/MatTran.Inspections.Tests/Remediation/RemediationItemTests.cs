using MatTran.Inspections.Remediation;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Remediation;

[TestClass]
public sealed class RemediationItemTests
{
    private static readonly DateTimeOffset At = new(2023, 8, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2023, 9, 30);

    private static RemediationItem NewItem() =>
        RemediationItem.Open("r1", "i1", 0, "Kiện toàn Ban Thanh tra nhân dân", "Ban Thường trực MTTQ huyện", Due, At, "system");

    [TestMethod]
    public void New_item_is_open_with_one_history_entry()
    {
        var item = NewItem();
        Assert.AreEqual(RemediationStatus.Open, item.Status);
        Assert.AreEqual(RemediationEventKind.Opened, item.History.Single().Kind);
    }

    [TestMethod]
    public void Report_then_accept_closes_the_item_and_keeps_history()
    {
        var item = NewItem().Reported(At, "unit:d1", "Đã kiện toàn", "doc-1").Accepted(At, "inspector", null);
        Assert.AreEqual(RemediationStatus.Accepted, item.Status);
        CollectionAssert.AreEqual(new[] { RemediationEventKind.Opened, RemediationEventKind.Reported, RemediationEventKind.Accepted }, item.History.Select(h => h.Kind).ToArray());
        Assert.AreEqual("doc-1", item.History[1].DocumentId);
    }

    [TestMethod]
    public void Reject_sets_the_new_due_date_and_waits_for_a_new_report()
    {
        var newDue = Due.AddDays(30);
        var item = NewItem().Reported(At, "unit:d1", "Đã kiện toàn", null).Rejected(At, "inspector", "Chưa có quyết định", newDue);
        Assert.AreEqual(RemediationStatus.Rejected, item.Status);
        Assert.AreEqual(newDue, item.DueDate);
        Assert.IsTrue(item.AwaitsReport);
        Assert.AreEqual(RemediationStatus.Accepted, item.Reported(At, "unit:d1", "Bổ sung quyết định", null).Accepted(At, "inspector", null).Status);
    }

    [TestMethod]
    public void Item_becomes_overdue_only_after_its_due_date()
    {
        Assert.AreEqual(RemediationStatus.Open, NewItem().OverdueAsOf(Due, At, "system").Status);
        var overdue = NewItem().OverdueAsOf(Due.AddDays(1), At, "system");
        Assert.AreEqual(RemediationStatus.Overdue, overdue.Status);
        Assert.AreEqual(RemediationStatus.Reported, overdue.Reported(At, "unit:d1", "Muộn nhưng đã làm", null).Status);
    }

    [TestMethod]
    public void Reported_item_does_not_become_overdue()
    {
        var reported = NewItem().Reported(At, "unit:d1", "Đã làm", null);
        Assert.AreSame(reported, reported.OverdueAsOf(Due.AddDays(10), At, "system"));
    }

    [TestMethod]
    public void Accepting_an_item_that_was_not_reported_throws()
    {
        Assert.ThrowsExactly<InvalidOperationException>(() => NewItem().Accepted(At, "inspector", null));
    }

    [TestMethod]
    public void Rules_reject_accepting_an_open_item_with_a_state_error()
    {
        Assert.IsTrue(RemediationRules.ValidateAccept(NewItem()).HasError(ValidationCodes.RemediationStateInvalid));
    }

    [TestMethod]
    public void Rules_require_report_text_and_an_awaiting_state()
    {
        Assert.IsTrue(RemediationRules.ValidateReport(NewItem(), "").HasError(ValidationCodes.RemediationReportTextRequired));
        var accepted = NewItem().Reported(At, "u", "x", null).Accepted(At, "i", null);
        Assert.IsTrue(RemediationRules.ValidateReport(accepted, "again").HasError(ValidationCodes.RemediationStateInvalid));
    }

    [TestMethod]
    public void Rules_require_a_comment_and_a_future_due_date_to_reject()
    {
        var reported = NewItem().Reported(At, "u", "x", null);
        var today = new DateOnly(2023, 10, 2);
        var result = RemediationRules.ValidateReject(reported, " ", today, today);
        Assert.IsTrue(result.HasError(ValidationCodes.RemediationRejectCommentRequired));
        Assert.IsTrue(result.HasError(ValidationCodes.RemediationNewDueDatePast));
        Assert.IsTrue(RemediationRules.ValidateReject(reported, "Thiếu minh chứng", today.AddDays(1), today).IsValid);
    }
}
