namespace MatTran.Inspections.Committees;

/// <summary>Vietnamese messages of the staff directory.</summary>
public static class DirectoryTexts
{
    public const string IdInvalid = "Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 64 ký tự).";
    public const string NameRequired = "Phải có họ và tên.";
    public const string PositionRequired = "Phải có chức vụ.";
    public const string EmailInvalid = "Địa chỉ thư điện tử không hợp lệ.";
    public const string DepartmentNameRequired = "Phải có tên ban, văn phòng.";

    public static string CommitteeUnknown(string id) => $"Không tìm thấy Ủy ban \"{id}\".";

    public static string DepartmentUnknown(string id) => $"Ủy ban không có ban, văn phòng \"{id}\".";

    public static string StaffNotFound(string id) => $"Không tìm thấy cán bộ \"{id}\".";
}
