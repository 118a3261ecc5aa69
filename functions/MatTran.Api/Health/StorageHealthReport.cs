namespace MatTran.Api.Health;

/// <summary>What <c>GET /api/health</c> returns.</summary>
public sealed record StorageHealthReport(string Status, IReadOnlyList<StorageServiceHealth> Storage);
