using MatTran.Inspections.Committees;

namespace MatTran.Inspections.Tests.Committees;

/// <summary>
/// Which sign-in a plan's team line names (the team-lead inbox): only through the staff directory, the person named
/// first (by name, id, sign-in or email) — never a guess from free text.
/// </summary>
[TestClass]
public sealed class TeamLeadMatchTests
{
    private static readonly CommitteeDirectory s_directory = new("cb", [],
    [
        new StaffMember("be-thi-hanh", "cb", "Bế Thị Hạnh", "Trưởng Ban Dân chủ - Pháp luật", "hanh.bt@caobang.example.vn", null, "inspector", false),
        new StaffMember("la-van-minh", "cb", "La Văn Minh", "Trưởng Ban Tuyên giáo", "minh.lv@caobang.example.vn", null, null, false),
    ]);

    [TestMethod]
    [DataRow("Bế Thị Hạnh", "inspector")]
    [DataRow("bế thị hạnh", "INSPECTOR")]
    [DataRow("be-thi-hanh", "inspector")]
    [DataRow("Bế Thị Hạnh, La Văn Minh", "inspector")]
    [DataRow("La Văn Minh", "minh.lv@caobang.example.vn")]
    [DataRow("inspector", "inspector")]
    public void Team_line_leads_the_sign_in_of_the_staff_member_it_names_first(string teamLine, string signIn) =>
        Assert.IsTrue(s_directory.Leads(teamLine, signIn));

    [TestMethod]
    [DataRow("La Văn Minh, Bế Thị Hạnh", "inspector")]
    [DataRow("Nguyễn Thị Lan", "inspector")]
    [DataRow("Bế Thị Hạnh", "supervisor")]
    [DataRow("", "inspector")]
    [DataRow("La Văn Minh", "")]
    public void Team_line_leads_nobody_else(string teamLine, string signIn) =>
        Assert.IsFalse(s_directory.Leads(teamLine, signIn));
}
