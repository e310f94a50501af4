using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Security;

/// <summary>On the distributed profile the console is served by the Alliance service and calls the other three
/// across origins. <c>Huli:Console:Origins</c> names the console's origins; without it no cross-origin call is
/// allowed. The console sends its key as a bearer header, never a cookie, so credentials stay off.</summary>
public static class ConsoleCors
{
    public const string OriginsKey = "Huli:Console:Origins";

    public static IHostApplicationBuilder AddConsoleCors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCors();
        // Read when the options are first used, so configuration added after registration still counts.
        builder.Services.AddOptions<CorsOptions>().Configure<IConfiguration>((cors, configuration) =>
        {
            var origins = configuration.GetSection(OriginsKey).Get<string[]>() ?? [];
            if (origins.Length > 0)
            {
                cors.AddDefaultPolicy(policy => policy
                    .WithOrigins(origins)
                    .WithHeaders("Authorization", "Content-Type")
                    .WithMethods("GET", "POST", "PUT", "DELETE"));
            }
        });
        return builder;
    }
}
