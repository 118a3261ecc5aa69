namespace MatTran.Inspections.Documents.Templates;

/// <summary>Which engagement a document is about; decides the noun printed ("kiểm tra", "giám sát", "phúc tra").</summary>
public enum DocumentActivity
{
    Inspection,
    Supervision,
    FollowUp,
}
