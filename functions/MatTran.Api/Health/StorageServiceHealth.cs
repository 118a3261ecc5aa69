namespace MatTran.Api.Health;

/// <summary>One storage service's reachability; <paramref name="Error"/> names the failure, never a secret.</summary>
public sealed record StorageServiceHealth(string Service, bool Reachable, string? Error);
