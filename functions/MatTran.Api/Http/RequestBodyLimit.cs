using Microsoft.AspNetCore.Http.Metadata;

namespace MatTran.Api.Http;

/// <summary>Endpoint metadata that routing applies as the request's maximum body size (Kestrel answers 413 beyond it).</summary>
public sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
