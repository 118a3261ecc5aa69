namespace MatTran.Api.DemoData;

public sealed record DemoDepartment(string Id, string Name);
