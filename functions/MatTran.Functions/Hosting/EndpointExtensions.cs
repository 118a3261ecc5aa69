using MatTran.Functions.Health;

namespace MatTran.Functions.Hosting;

public static class EndpointExtensions
{
    /// <summary>Every endpoint the app serves; shared by Program.cs and the host tests so both run the same app.</summary>
    public static WebApplication MapMatTranEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthApi();
        return app;
    }
}
