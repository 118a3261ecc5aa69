using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>Deadlines for the inspection's current visit date, stored on its summary and returned as timers.</summary>
public sealed class ScheduleInspection(InspectionActivityServices services) : TaskActivity<InspectionStep, InspectionSchedule>
{
    public override async Task<InspectionSchedule> RunAsync(TaskActivityContext context, InspectionStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var timeline = services.Timeline;
        InspectionSchedule? schedule = null;
        var result = await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(ScheduleInspection), input), input.At,
            InspectionActivityServices.SystemActor, [], summary =>
            {
                schedule = timeline.Schedule(timeline.ForVisit(InspectionStore.ParseDate(summary.VisitDate)));
                summary.Schedule = ReadModelJson.Write(schedule);
                return [];
            }, services.Stopping);
        return schedule ?? ReadModelJson.Read<InspectionSchedule>(result.Summary.Schedule!);
    }
}
