using System.Globalization;
using System.Text;

namespace MatTran.Inspections.Plans;

/// <summary>
/// What a plan is about, as cited after "về" ("Kế hoạch số 325/KH-MTTQ-BTT … về kiểm tra công tác Mặt trận năm 2023"):
/// the title without its leading "Kế hoạch", so the citation never reads "Kế hoạch … về Kế hoạch …".
/// </summary>
public static class PlanSubject
{
    private const string PlanWord = "kế hoạch";

    public static string About(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        string text = title.Trim().Normalize(NormalizationForm.FormC);
        if (!text.StartsWith(PlanWord, StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        string rest = text[PlanWord.Length..].TrimStart(' ', ':', '-', ',');
        if (rest.Length == 0)
        {
            return text;
        }

        // "Kế hoạch Kiểm tra …" keeps the rest's capital only when it is a name, which a subject after "về" never starts with.
        return char.ToLower(rest[0], CultureInfo.GetCultureInfo("vi-VN")) + rest[1..];
    }
}
