namespace MatTran.Inspections.Uploads;

/// <summary>File types a unit or a team may upload.</summary>
public enum UploadFileType
{
    Pdf,
    Docx,
    Xlsx,
    Jpeg,
    Png,
}
