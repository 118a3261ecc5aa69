using MatTran.LocalHost.Hosting;

var builder = WebApplication.CreateBuilder(args);
await using var emulators = await builder.StartDevelopmentEmulatorsAsync();

var app = builder.AddMatTranLocalHost().Build();
app.MapMatTranLocalHost();
await app.RunAsync();
