namespace MatTran.Inspections.Validation;

/// <summary>Vietnamese messages of the checks every text and list of a request passes (<see cref="TextRules"/>).</summary>
public static class ValidationTexts
{
    public static string ControlCharacter(char character, int position) =>
        $"Nội dung chứa ký tự điều khiển không hợp lệ (U+{(int)character:X4}) ở vị trí {position}.";

    public static string LineBreak(int position) => $"Trường này không được xuống dòng hoặc chứa ký tự tab (vị trí {position}).";

    public static string TooLong(int maxLength) => $"Nội dung dài quá mức cho phép (tối đa {maxLength} ký tự).";

    public static string TooManyItems(int maxItems) => $"Quá nhiều mục (tối đa {maxItems}).";
}
