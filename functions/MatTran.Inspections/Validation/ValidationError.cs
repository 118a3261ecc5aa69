namespace MatTran.Inspections.Validation;

/// <summary>
/// One rule broken by user input. <see cref="Code"/> is stable for clients (e.g. <c>plan.visitDate.outsideYear</c>);
/// <see cref="Field"/> is the JSON path of the offending value in the request (e.g. <c>inspections[1].visitDate</c>);
/// <see cref="Message"/> is the Vietnamese text shown to the user.
/// </summary>
public sealed record ValidationError(string Code, string Field, string Message);
