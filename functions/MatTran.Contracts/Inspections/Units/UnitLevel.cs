namespace MatTran.Inspections.Units;

/// <summary>Where a unit sits in the Front's organisation; names match the units CSV "level" column.</summary>
public enum UnitLevel
{
    /// <summary>Ủy ban MTTQ tỉnh.</summary>
    Province,

    /// <summary>Ủy ban MTTQ huyện.</summary>
    District,

    /// <summary>Ủy ban MTTQ xã, phường, thị trấn.</summary>
    Commune,

    /// <summary>Ban công tác Mặt trận khu dân cư.</summary>
    ResidentialArea,

    /// <summary>Tổ chức thành viên (Hội Phụ nữ, Hội Nông dân, Đoàn Thanh niên, Hội Cựu chiến binh, Công đoàn…).</summary>
    MemberOrganization,
}
