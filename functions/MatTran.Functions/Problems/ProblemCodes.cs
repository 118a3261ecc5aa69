namespace MatTran.Functions.Problems;

/// <summary>Stable codes of the HTTP-level problems (validation codes live in <c>ValidationCodes</c>).</summary>
public static class ProblemCodes
{
    public const string PlanNotFound = "plan.notFound";
    public const string PlanNumberTaken = "plan.number.taken";
    public const string PlanStatusConflict = "plan.status.conflict";
    public const string PlanConcurrentUpdate = "plan.concurrentUpdate";
    public const string BodyTooLarge = "request.bodyTooLarge";
    public const string UnsupportedMediaType = "request.unsupportedMediaType";
    public const string TriggerMessageMissing = "trigger.messageMissing";
    public const string ClockAdvanceInvalid = "clock.advance.invalid";
    public const string ClockBackwards = "clock.backwards";
}
