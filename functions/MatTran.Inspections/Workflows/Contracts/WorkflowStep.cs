namespace MatTran.Inspections.Workflows.Contracts;

/// <summary>
/// What every activity input carries. Activities are delivered at least once and the official activity context names
/// no call, so the orchestration numbers its calls: <see cref="StepKey"/> is "{instanceId}#{n}", n counting the
/// activity calls of that run in order, which every replay repeats and a retry reuses. Activities key their writes by
/// it (with the activity name and <see cref="At"/>), so a redelivered or retried call stores nothing twice.
/// </summary>
/// <param name="At">Plan time of the step (<see cref="PlanClock"/>): the time recorded, the date of documents and emails.</param>
public abstract record WorkflowStep(string StepKey, DateTime At);
