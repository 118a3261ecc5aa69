using MatTran.Functions.Hosting;
using MatTran.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddMatTranFunctions();
// Who may call, body limits and problem+json for every HTTP function: the same policy the local host runs.
builder.UseWhen<ApiRequestMiddleware>(ApiRequestMiddleware.AppliesTo);
builder.Build().Run();
