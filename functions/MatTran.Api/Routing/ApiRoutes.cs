using MatTran.Api.Committees;
using MatTran.Api.DevMailbox;
using MatTran.Api.Documents;
using MatTran.Api.Health;
using MatTran.Api.Inspections;
using MatTran.Api.Links;
using MatTran.Api.Plans;
using MatTran.Api.Remediations;
using MatTran.Api.Reports;
using MatTran.Api.Staff;
using MatTran.Api.Units;

namespace MatTran.Api.Routing;

/// <summary>
/// Every route of the product (docs/api.md), in one table both hosts serve: the local host maps each entry with minimal
/// APIs, the Functions app has one HTTP function per entry. A host-agreement test compares the two.
/// </summary>
public static class ApiRoutes
{
    private const string Get = "GET";
    private const string Post = "POST";
    private const string Put = "PUT";
    private const string Delete = "DELETE";

    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        new("Health_Get", Get, "api/health", ApiAccess.Anonymous, HealthApi.GetHealthAsync),

        new("Units_Import", Post, "api/units/import", ApiAccess.Planner, UnitsApi.ImportAsync, UnitsApi.MaxCsvBytes),
        new("Units_List", Get, "api/units", ApiAccess.SignedIn, UnitsApi.ListAsync),

        new("Committees_Directory", Get, "api/committees/{id}/directory", ApiAccess.SignedIn, DirectoryApi.GetAsync),
        new("Committees_PutStaff", Put, "api/committees/{id}/staff/{staffId}", ApiAccess.Admin, DirectoryApi.PutStaffAsync),
        new("Committees_DeleteStaff", Delete, "api/committees/{id}/staff/{staffId}", ApiAccess.Admin, DirectoryApi.DeleteStaffAsync),
        new("Committees_PutDepartment", Put, "api/committees/{id}/departments/{departmentId}", ApiAccess.Admin, DirectoryApi.PutDepartmentAsync),

        new("Plans_Create", Post, "api/plans", ApiAccess.Planner, PlansApi.CreateAsync, PlansApi.MaxPlanBytes),
        new("Plans_List", Get, "api/plans", ApiAccess.SignedIn, PlansApi.ListAsync),
        new("Plans_Get", Get, "api/plans/{id}", ApiAccess.SignedIn, PlansApi.GetAsync),
        new("Plans_Document", Get, "api/plans/{id}/documents/{documentId}", ApiAccess.SignedIn, PlansApi.DocumentAsync),
        new("Plans_Approve", Post, "api/plans/{id}/approve", ApiAccess.Supervisor, PlansApi.ApproveAsync),
        new("Plans_Edit", Put, "api/plans/{id}", ApiAccess.Planner, PlanEditApi.EditAsync, PlansApi.MaxPlanBytes),
        new("Plans_Overlaps", Get, "api/plans/{id}/overlaps", ApiAccess.SignedIn, PlanOverlapsApi.OverlapsAsync),
        new("Plans_Merge", Post, "api/plans/{id}/merge", ApiAccess.Planner, PlanOverlapsApi.MergeAsync, PlanOverlapsApi.MaxMergeBodyBytes),
        new("Plans_Launch", Post, "api/plans/{id}/launch", ApiAccess.Planner, PlanLaunchApi.LaunchAsync, PlanLaunchApi.MaxBodyBytes),

        new("Inspections_List", Get, "api/inspections", ApiAccess.SignedIn, InspectionsApi.ListAsync),
        new("Inspections_Get", Get, "api/inspections/{id}", ApiAccess.StaffOrUnit(ApiLinkScope.Inspection), InspectionsApi.GetAsync),
        new("Inspections_Reschedule", Post, "api/inspections/{id}/reschedule", ApiAccess.Planner, InspectionRequestsApi.RescheduleAsync),
        new("Inspections_Cancel", Post, "api/inspections/{id}/cancel", ApiAccess.Planner, InspectionRequestsApi.CancelAsync),
        new("Inspections_SelfReport", Post, "api/inspections/{id}/self-report",
            ApiAccess.Unit(ApiLinkScope.Inspection), UnitSubmissionsApi.SelfReportAsync, ApiRoute.UploadBodyLimit),
        new("Inspections_Findings", Post, "api/inspections/{id}/findings", ApiAccess.Inspector, InspectionRequestsApi.FindingsAsync),
        new("Inspections_Feedback", Post, "api/inspections/{id}/feedback",
            ApiAccess.Unit(ApiLinkScope.Inspection), UnitSubmissionsApi.FeedbackAsync, ApiRoute.UploadBodyLimit),
        new("Inspections_Conclusion", Post, "api/inspections/{id}/conclusion", ApiAccess.Inspector, InspectionRequestsApi.ConclusionAsync),
        new("Inspections_ApproveConclusion", Post, "api/inspections/{id}/conclusion/approve", ApiAccess.Supervisor, InspectionRequestsApi.ApproveAsync),
        new("Inspections_ReturnConclusion", Post, "api/inspections/{id}/conclusion/return", ApiAccess.Supervisor, InspectionRequestsApi.ReturnAsync),

        new("Remediations_List", Get, "api/remediations", ApiAccess.SignedIn, RemediationListApi.ListAsync),
        new("Remediations_Get", Get, "api/remediations/{id}", ApiAccess.StaffOrUnit(ApiLinkScope.Remediation), RemediationsApi.GetAsync),
        new("Remediations_Report", Post, "api/remediations/{id}/report",
            ApiAccess.Unit(ApiLinkScope.Remediation), RemediationsApi.ReportAsync, ApiRoute.UploadBodyLimit),
        new("Remediations_Accept", Post, "api/remediations/{id}/accept", ApiAccess.Inspector, RemediationsApi.AcceptAsync),
        new("Remediations_Reject", Post, "api/remediations/{id}/reject", ApiAccess.Inspector, RemediationsApi.RejectAsync),

        new("Reports_Plan", Get, "api/reports/plans/{id}", ApiAccess.SignedIn, ReportsApi.PlanAsync),
        new("Reports_PlanExport", Get, "api/reports/plans/{id}/export", ApiAccess.SignedIn, ReportsApi.PlanExportAsync),
        new("Reports_Year", Get, "api/reports/years/{year}/issuers/{issuerUnitId}", ApiAccess.SignedIn, ReportsApi.YearAsync),
        new("Reports_YearExport", Get, "api/reports/years/{year}/issuers/{issuerUnitId}/export", ApiAccess.SignedIn, ReportsApi.YearExportAsync),

        new("Documents_Download", Get, "api/documents/{id}", ApiAccess.StaffOrUnit(ApiLinkScope.Document), DocumentsApi.DownloadAsync),

        new("Me_Get", Get, "api/me", ApiAccess.SignedIn, StaffApi.GetMe),
        new("Admin_Users", Get, "api/admin/users", ApiAccess.Admin, StaffApi.ListUsers),
        new("Admin_ReminderPolicy", Get, "api/admin/reminder-policy", ApiAccess.Admin, StaffApi.GetReminderPolicy),
        new("Calendar_Holidays", Get, "api/calendar/holidays", ApiAccess.SignedIn, StaffApi.ListHolidays),

        // Anyone may ask: the (expired but genuine) link only says which unit and inspection, the new link goes to the
        // unit's registered address, and the answer is the same whatever happens.
        new("Links_Renew", Post, "api/links/renew", ApiAccess.Anonymous, UnitLinksApi.RenewAsync),

        // The archived emails carry units' link tokens: administrators only, and only where demo users exist.
        new("DevMailbox_List", Get, "api/dev/mailbox", ApiAccess.Admin.InDevelopmentOnly(), DevMailboxApi.ListAsync),
        new("DevMailbox_Get", Get, "api/dev/mailbox/{*name}", ApiAccess.Admin.InDevelopmentOnly(), DevMailboxApi.GetAsync),
    ];

    /// <summary>
    /// Any path no route matches, whatever the method: 404 for staff, 401 for anyone else, so an anonymous caller learns
    /// nothing about which routes exist. The local host checks unmatched requests against it; its handler is the 404.
    /// </summary>
    public static ApiRoute Unknown { get; } = new("Unknown", "*", "{*path}", ApiAccess.SignedIn, UnknownRoute);

    private static IResult UnknownRoute() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);
}
