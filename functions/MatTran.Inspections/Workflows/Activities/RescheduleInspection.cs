using System.Globalization;
using MatTran.Inspections.Audit;
using MatTran.Inspections.Email.Templates;
using MatTran.Inspections.Links;
using MatTran.Inspections.ReadModel.Inspections;
using MatTran.Inspections.Workflows.Contracts;
using Microsoft.DurableTask;

namespace MatTran.Inspections.Workflows.Activities;

/// <summary>New visit date and deadlines; when the unit already has the notice, it is told of the new date.</summary>
public sealed class RescheduleInspection(InspectionActivityServices services) : TaskActivity<RescheduleStep, InspectionSchedule>
{
    /// <summary>Links stay valid this long after the visit, for uploads and questions around it.</summary>
    public const int LinkDaysAfterVisit = 30;

    public override async Task<InspectionSchedule> RunAsync(TaskActivityContext context, RescheduleStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = services.Stopping;
        var timeline = services.Timeline;
        var before = await services.SummaryAsync(input.InspectionId, ct);
        string details = $"{InspectionActivityServices.Date(InspectionStore.ParseDate(before.VisitDate))} → {InspectionActivityServices.Date(input.VisitDate)}: {input.Reason}";
        var schedule = timeline.Schedule(timeline.ForVisit(input.VisitDate));
        await services.ChangeAsync(input.InspectionId, StepKeys.For(nameof(RescheduleInspection), input, input), input.At, input.Actor,
            [(AuditAction.InspectionRescheduled, details)], summary =>
            {
                summary.VisitDate = InspectionStore.FormatDate(input.VisitDate);
                summary.Schedule = ReadModelJson.Write(schedule);
                return [];
            }, ct);

        if (input.NoticeSent)
        {
            var inspection = await services.LoadAsync(input.InspectionId, ct);
            var validThrough = input.VisitDate.AddDays(LinkDaysAfterVisit);
            var values = InspectionActivityServices.Values(inspection, inspection.Unit.Name, schedule.SelfReportDue.Day,
                services.UnitLink(inspection, UnitLinkPurpose.SelfReportUpload, validThrough), validThrough, services.LocalDate(input.At));
            await services.SendToUnitAsync(inspection, EmailTemplateId.VisitRescheduled, values,
                string.Create(CultureInfo.InvariantCulture, $"{input.InspectionId}:rescheduled:{input.VisitDate:yyyyMMdd}"), input.At, ct);
        }

        return schedule;
    }
}
