namespace MatTran.Api.Http;

/// <summary>An uploaded file that passed the size, name and content checks: what to store.</summary>
public sealed record CheckedUpload(string FileName, string ContentType, BinaryData Content);
