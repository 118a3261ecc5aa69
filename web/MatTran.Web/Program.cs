using MatTran.Web;
using MatTran.Web.Api;
using MatTran.Web.Session;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// Texts come from the neutral (Vietnamese) resources whatever the browser's language: there are no satellite
// assemblies, and dates and amounts are formatted by Show without the culture (no ICU data needed).
builder.Services.AddLocalization();
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddScoped<SignInState>();
builder.Services.AddScoped<ApiClient>();
builder.Services.AddScoped<WorkflowProgress>();
await builder.Build().RunAsync();
