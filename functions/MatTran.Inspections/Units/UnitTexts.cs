namespace MatTran.Inspections.Units;

/// <summary>Vietnamese names of unit levels and the messages of the units import.</summary>
public static class UnitTexts
{
    public static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Cấp tỉnh",
        UnitLevel.District => "Cấp huyện",
        UnitLevel.Commune => "Cấp xã",
        UnitLevel.ResidentialArea => "Khu dân cư",
        UnitLevel.MemberOrganization => "Tổ chức thành viên",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Line(int line, string message) => $"Dòng {line}: {message}";

    public const string NameFormula = "Tên đơn vị không được bắt đầu bằng =, +, - hoặc @ (bảng tính sẽ coi là công thức).";

    public const string CsvEmpty = "Tệp CSV không có dữ liệu.";
    public const string CsvHeaderInvalid = "Dòng tiêu đề phải là: id,name,level,parentId,email.";
    public const string CsvUnterminatedQuote = "Thiếu dấu ngoặc kép đóng.";
    public const string CsvStrayQuote = "Dấu ngoặc kép đặt sai vị trí (trường chứa dấu ngoặc kép phải được bao trong ngoặc kép và nhân đôi).";

    public static string CsvColumnCount(int found) => $"Cần đúng 5 cột, có {found} cột.";

    public const string IdRequired = "Thiếu mã đơn vị (id).";
    public const string IdInvalid = "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang hoặc gạch dưới, tối đa 64 ký tự.";

    public static string IdDuplicate(string id, int firstLine) => $"Mã đơn vị \"{id}\" đã có ở dòng {firstLine}.";

    public const string NameRequired = "Thiếu tên đơn vị.";

    public static string LevelInvalid(string value) =>
        $"Cấp \"{value}\" không hợp lệ; dùng một trong: Province, District, Commune, ResidentialArea, MemberOrganization.";

    public static string ParentUnknown(string parentId) => $"Không tìm thấy đơn vị cấp trên \"{parentId}\".";

    public const string ParentSelf = "Đơn vị không thể là cấp trên của chính nó.";

    public static string ParentCycle(string id) => $"Quan hệ cấp trên của \"{id}\" tạo thành vòng lặp.";

    public static string EmailInvalid(string email) => $"Địa chỉ email \"{email}\" không hợp lệ.";
}
