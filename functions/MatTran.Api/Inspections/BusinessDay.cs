using MatTran.Inspections.Email.Archive;

namespace MatTran.Api.Inspections;

/// <summary>"Today" for date rules (due dates, reschedules) is the calendar day in Vietnam, not in UTC.</summary>
public static class BusinessDay
{
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(EmailArchivePaths.VietnamOffset).DateTime);
}
