namespace MatTran.Api.Inspections;

/// <summary>Body of a 202: which resource took which request (the workflow applies it moments later).</summary>
public sealed record SignalAccepted(string Id, string Accepted);
