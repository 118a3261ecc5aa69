using System.Security.Claims;
using MatTran.Api.Auth;
using MatTran.Api.Hosting;
using MatTran.Api.Routing;
using MatTran.Inspections.Calendar;
using MatTran.Inspections.Inspections;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MatTran.Api.Staff;

/// <summary>What the staff pages read besides the workflow's own data: the caller, the accounts, the reminder policy, the days off.</summary>
public static class StaffApi
{
    /// <summary><c>GET /api/me</c>: the signed-in staff member and their roles.</summary>
    internal static Ok<CurrentUser> GetMe(ApiCaller caller, IHostEnvironment environment)
    {
        var staff = caller.Staff ?? throw new InvalidOperationException("GET /api/me is a signed-in route; the access policy let an anonymous caller through.");
        string[] roles = [.. staff.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal)];
        return TypedResults.Ok(new CurrentUser(staff.Identity?.Name ?? string.Empty, roles, environment.IsDevelopmentOrTest()));
    }

    /// <summary>
    /// <c>GET /api/admin/users</c>: in Development/Test the demo users (one per role); elsewhere accounts and their app
    /// roles live in Entra ID (assigned in the portal), so the list names the roles that can be assigned.
    /// </summary>
    internal static Ok<IReadOnlyList<StaffUser>> ListUsers(IHostEnvironment environment) =>
        TypedResults.Ok<IReadOnlyList<StaffUser>>(environment.IsDevelopmentOrTest()
            ? [.. StaffPrincipalReader.DemoUsers.Select(u => new StaffUser(u.Key, u.Value, StaffUserSources.Demo))]
            : [.. StaffPrincipalReader.Roles.Select(r => new StaffUser(string.Empty, r, StaffUserSources.Entra))]);

    /// <summary><c>GET /api/admin/reminder-policy</c>: the deadlines and reminders in working days (configuration <c>InspectionSchedule</c>).</summary>
    internal static Ok<InspectionSchedulePolicy> GetReminderPolicy(IOptions<InspectionSchedulePolicy> policy) => TypedResults.Ok(policy.Value);

    /// <summary><c>GET /api/calendar/holidays?year=</c>: the days off of a year (public, lunar, compensatory, announced), by date.</summary>
    internal static Results<Ok<IReadOnlyList<Holiday>>, ProblemHttpResult> ListHolidays(WorkingDayCalendar calendar, TimeProvider time, int? year)
    {
        int wanted = year ?? time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Year;
        if (wanted < calendar.FirstYear || wanted > calendar.LastYear)
        {
            return Problems.ApiProblems.NotFound(Problems.ProblemCodes.CalendarYearUnknown, Problems.ApiTexts.CalendarYearUnknown(wanted, calendar.FirstYear, calendar.LastYear));
        }

        return TypedResults.Ok(calendar.Holidays(wanted));
    }
}
