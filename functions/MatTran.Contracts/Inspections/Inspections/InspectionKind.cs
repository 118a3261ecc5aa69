namespace MatTran.Inspections.Inspections;

/// <summary>What kind of engagement with a unit (cuộc kiểm tra / giám sát / phúc tra).</summary>
public enum InspectionKind
{
    /// <summary>Kiểm tra.</summary>
    Inspection,

    /// <summary>Giám sát.</summary>
    Supervision,

    /// <summary>Phúc tra: a follow-up that checks the remediation of an earlier conclusion.</summary>
    FollowUp,
}
