namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>A step of one inspection that needs nothing but the inspection and the moment.</summary>
public sealed record InspectionStep(string InspectionId, DateTime At);
