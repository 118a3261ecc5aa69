using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Links;
using MatTran.Inspections.Units;
using MatTran.Inspections.Workflows.Activities;

namespace MatTran.Inspections.Tests.Workflows.Activities;

[TestClass]
public sealed class ReminderRoutingTests
{
    [TestMethod]
    [DataRow(EmailTemplateId.SelfReportOverdueToPlanner, ReminderRecipient.Planner)]
    [DataRow(EmailTemplateId.ApprovalEscalationToPlanner, ReminderRecipient.Planner)]
    [DataRow(EmailTemplateId.RemediationOverdueToPlanner, ReminderRecipient.Planner)]
    [DataRow(EmailTemplateId.ApprovalReminderToSupervisor, ReminderRecipient.Supervisor)]
    [DataRow(EmailTemplateId.FindingsReminderToTeamLead, ReminderRecipient.TeamLead)]
    [DataRow(EmailTemplateId.RemediationOverdueToUnitHead, ReminderRecipient.UnitHead)]
    [DataRow(EmailTemplateId.SelfReportReminderBeforeDue, ReminderRecipient.Unit)]
    [DataRow(EmailTemplateId.UnitFeedbackReminder, ReminderRecipient.Unit)]
    [DataRow(EmailTemplateId.RemediationReminder, ReminderRecipient.Unit)]
    public void Each_template_goes_to_the_role_its_greeting_names(EmailTemplateId template, ReminderRecipient expected) =>
        Assert.AreEqual(expected, ReminderRouting.RecipientOf(template));

    [TestMethod]
    [DataRow(EmailTemplateId.SelfReportReminderOnDueDay, UnitLinkPurpose.SelfReportUpload)]
    [DataRow(EmailTemplateId.UnitFeedbackReminder, UnitLinkPurpose.Feedback)]
    [DataRow(EmailTemplateId.DraftReportForFeedback, UnitLinkPurpose.Feedback)]
    [DataRow(EmailTemplateId.RemediationReminder, UnitLinkPurpose.RemediationReport)]
    [DataRow(EmailTemplateId.RemediationOverdueToUnitHead, UnitLinkPurpose.RemediationReport)]
    public void A_unit_email_carries_the_link_for_what_the_unit_is_asked_to_do(EmailTemplateId template, UnitLinkPurpose expected) =>
        Assert.AreEqual(expected, ReminderRouting.LinkPurposeOf(template));

    [TestMethod]
    [DataRow("Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", "Cao Bằng")]
    [DataRow("Ủy ban MTTQ Việt Nam huyện Hòa An", "Hòa An")]
    [DataRow("Ủy ban MTTQ Việt Nam thành phố Cao Bằng", "Cao Bằng")]
    [DataRow("Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ")]
    public void The_date_line_place_comes_from_the_committee_name(string unitName, string place) =>
        Assert.AreEqual(place, StandingBoardIssuer.Place(unitName));

    [TestMethod]
    public void Documents_are_issued_by_the_standing_board_with_the_plan_number_symbol()
    {
        var issuer = StandingBoardIssuer.For(new Unit("tinh-cb", "Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", UnitLevel.Province, null, null), "325/KH-MTTQ-BTT");

        Assert.AreEqual("tinh-cb", issuer.Id);
        Assert.AreEqual("ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG", issuer.ParentBody);
        Assert.AreEqual("BAN THƯỜNG TRỰC", issuer.Body);
        Assert.AreEqual("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", issuer.FullName);
        Assert.AreEqual("MTTQ-BTT", issuer.Symbol);
        Assert.AreEqual("Cao Bằng", issuer.Place);
    }
}
