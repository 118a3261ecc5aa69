namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed record RetryRequest(string Key, int MaxAttempts);
