using MatTran.Inspections.Email.Templates;

namespace MatTran.Inspections.Tests.Email;

/// <summary>A value for every placeholder any template uses, as an activity would fill them.</summary>
internal static class SampleEmailValues
{
    public static readonly Uri Link = new("https://mattran.example.vn/don-vi/tai-len?t=abc.def");

    public static EmailTemplateValues All() => new EmailTemplateValues()
        .Set(EmailPlaceholders.RecipientName, "Nguyễn Thị Bích Nhiệm")
        .Set(EmailPlaceholders.UnitName, "Ủy ban MTTQ Việt Nam xã Hạnh Sơn")
        .Set(EmailPlaceholders.IssuerName, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng")
        .Set(EmailPlaceholders.Activity, "kiểm tra")
        .Set(EmailPlaceholders.SelfReport, "báo cáo tự kiểm tra")
        .Set(EmailPlaceholders.PlanNumber, "325/KH-MTTQ-BTT")
        .Set(EmailPlaceholders.DocumentNumber, "31/TB-MTTQ-BTT")
        .Set(EmailPlaceholders.VisitDate, new DateOnly(2023, 6, 19))
        .Set(EmailPlaceholders.DueDate, new DateOnly(2023, 6, 14))
        .Set(EmailPlaceholders.DaysOverdue, 3)
        .Set(EmailPlaceholders.DaysWaiting, 7)
        .Set(EmailPlaceholders.Recommendation, "Cập nhật đầy đủ sổ sách Quỹ Vì người nghèo")
        .Link(EmailPlaceholders.Link, Link)
        .Set(EmailPlaceholders.LinkExpiresOn, new DateOnly(2023, 7, 5));
}
