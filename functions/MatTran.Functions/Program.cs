using MatTran.Functions.Hosting;

var builder = WebApplication.CreateBuilder(args);
await using var emulators = await builder.StartDevelopmentEmulatorsAsync();

var app = builder.AddMatTranHost().Build();
app.MapMatTranEndpoints();
await app.RunAsync();
