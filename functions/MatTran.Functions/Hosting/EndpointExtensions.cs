using MatTran.Functions.DevMailbox;
using MatTran.Functions.Documents;
using MatTran.Functions.Durable;
using MatTran.Functions.Health;
using MatTran.Functions.Inspections;
using MatTran.Functions.Plans;
using MatTran.Functions.Remediations;
using MatTran.Functions.UnitPortal;
using MatTran.Functions.Units;

namespace MatTran.Functions.Hosting;

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
