using Microsoft.AspNetCore.Authentication;

namespace MatTran.Api.Auth;

public static class AuthenticationExtensions
{
    public const string SelectingScheme = "MatTran";

    /// <summary>The environments where the demo-user header is accepted; nowhere else is its handler even registered.</summary>
    public static bool AllowsDevelopmentUsers(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Test");

    /// <summary>
    /// App Service Authentication's principal everywhere; in Development and Test also the <c>X-MatTran-User</c> header,
    /// chosen per request by whichever header is present.
    /// </summary>
    public static WebApplicationBuilder AddMatTranAuthentication(this WebApplicationBuilder builder)
    {
        bool developmentUsers = builder.Environment.AllowsDevelopmentUsers();
        var authentication = builder.Services.AddAuthentication(developmentUsers ? SelectingScheme : ClientPrincipalAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ClientPrincipalAuthenticationHandler>(ClientPrincipalAuthenticationHandler.SchemeName, null);
        if (developmentUsers)
        {
            authentication
                .AddScheme<AuthenticationSchemeOptions, DevelopmentUserAuthenticationHandler>(DevelopmentUserAuthenticationHandler.SchemeName, null)
                .AddPolicyScheme(SelectingScheme, null, options => options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(DevelopmentUserAuthenticationHandler.HeaderName)
                        ? DevelopmentUserAuthenticationHandler.SchemeName
                        : ClientPrincipalAuthenticationHandler.SchemeName);
        }

        builder.Services.AddAuthorizationBuilder().AddMatTranPolicies();
        return builder;
    }
}
