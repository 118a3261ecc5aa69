namespace MatTran.LocalHost.Tests.Engine.Workflows;

public sealed record StepInput(string Text, int Step, int Milliseconds);
