namespace MatTran.Web.Api;

public sealed record DownloadedFile(string FileName, string ContentType, byte[] Bytes);
