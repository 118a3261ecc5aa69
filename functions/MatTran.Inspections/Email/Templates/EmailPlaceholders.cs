namespace MatTran.Inspections.Email.Templates;

/// <summary>Placeholder names the templates use, so callers and templates cannot drift apart on spelling.</summary>
public static class EmailPlaceholders
{
    /// <summary>Who the email greets: the unit, or a named official.</summary>
    public const string RecipientName = "recipientName";

    public const string UnitName = "unitName";

    /// <summary>The issuing body in running text, e.g. "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng".</summary>
    public const string IssuerName = "issuerName";

    /// <summary>"kiểm tra", "giám sát" or "phúc tra".</summary>
    public const string Activity = "activity";

    /// <summary>"báo cáo tự kiểm tra", "báo cáo tự giám sát", or for a follow-up "báo cáo kết quả thực hiện kết luận".</summary>
    public const string SelfReport = "selfReport";

    public const string PlanNumber = "planNumber";

    public const string DocumentNumber = "documentNumber";

    public const string VisitDate = "visitDate";

    public const string DueDate = "dueDate";

    public const string DaysOverdue = "daysOverdue";

    public const string DaysWaiting = "daysWaiting";

    public const string Recommendation = "recommendation";

    /// <summary>Signed unit link, or a link into the app for staff; rendered as an anchor in HTML.</summary>
    public const string Link = "link";

    public const string LinkExpiresOn = "linkExpiresOn";
}
