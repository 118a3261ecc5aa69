namespace MatTran.Inspections.Uploads;

/// <summary>Configuration of uploads (section "Uploads").</summary>
public sealed class UploadPolicy
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    public HashSet<UploadFileType> AllowedTypes { get; set; } = [.. Enum.GetValues<UploadFileType>()];

    /// <summary>Longest stored file name in characters, extension included.</summary>
    public int MaxFileNameLength { get; set; } = 120;
}
