using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Security;

public static class AccessKeyExtensions
{
    public const string SectionName = "Huli:AccessKeys";

    public static IHostApplicationBuilder AddAccessKeys(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AccessKeyOptions>(o => ConfigurationBinder.Bind(builder.Configuration.GetSection(SectionName), o.Keys));
        builder.Services
            .AddAuthentication(AccessKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AccessKeyAuthenticationHandler>(AccessKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddSingleton<SignInAttempts>();
        builder.AddConsoleCors();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.EnterpriseOrCoordinator, p => p.RequireRole(Roles.Enterprise, Roles.Coordinator))
            .AddPolicy(Policies.InstituteOrCoordinator, p => p.RequireRole(Roles.Institute, Roles.Coordinator));
        return builder;
    }
}
