namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed record ApprovalRequest(TimeSpan Timeout);
