using MatTran.Api.DevMailbox;
using MatTran.Api.Documents;
using MatTran.Api.Durable;
using MatTran.Api.Health;
using MatTran.Api.Inspections;
using MatTran.Api.Plans;
using MatTran.Api.Remediations;
using MatTran.Api.UnitPortal;
using MatTran.Api.Units;

namespace MatTran.Api.Hosting;

public static class EndpointExtensions
{
    /// <summary>Every endpoint the app serves; shared by Program.cs and the host tests so both run the same app.</summary>
    public static WebApplication MapMatTranEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        // Status code pages turn every empty 4xx (401, 403, 413, 415, unreadable body) into problem+json; authentication
        // runs inside them so its challenges get the same shape.
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthApi();
        app.MapUnitsApi();
        app.MapPlansApi();
        app.MapInspectionsApi();
        app.MapRemediationsApi();
        app.MapDocumentsApi();
        app.MapDevMailboxApi();
        app.MapDurableTriggers();
        app.MapDevClockApi();
        app.MapUnitPortal();
        return app;
    }
}
