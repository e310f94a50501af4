using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.ServiceDefaults.Taxonomy;

namespace Huli.Matchmaking.Host.Demo;

/// <summary>Where the demo users' keys were written, for the start-up message.</summary>
internal sealed record DemoUsersFile(string ShellPath);

public static class DemoExtensions
{
    /// <summary>On the embedded profile with the demo enabled: demo users (keys made locally, loaded as
    /// configuration) and the demo set, seeded once.</summary>
    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder)
    {
        var options = builder.GetHuliOptions();
        var demo = builder.Configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
        if (options.IsDistributed || !demo.Enabled)
        {
            return builder;
        }

        var set = DemoSet.Load();
        var dataPath = options.ResolveDataPath();
        var usersFile = DemoUsers.EnsureCreated(dataPath, set.Needs[0].Enterprise, set.FeaturedInstitute);
        builder.Configuration.AddJsonFile(usersFile, optional: false, reloadOnChange: false);
        builder.Services.AddSingleton(set);
        builder.Services.AddSingleton(new DemoUsersFile(Path.Combine(dataPath, DemoUsers.ShellFile)));
        builder.Services.AddHostedService<DemoSeeder>();
        return builder;
    }

    /// <summary>A map of the API for a developer; the console itself is at <c>/</c>.</summary>
    public static IEndpointRouteBuilder MapDemoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api", () => TypedResults.Ok(new
        {
            system = "Huli.Matchmaking 湖里区科技成果供需对接",
            console = "/",
            signIn = "POST /api/session {user, password} returns an access key; send it as 'Authorization: Bearer <key>'. "
                + "On the embedded profile the demo users' names, passwords and keys are in data/demo-users.env.",
            roles = Roles.All,
            industryFields = IndustryFields.District.Select(f => new { code = f.Code, zh = f.ChineseName, en = f.EnglishName, national = f.NationalFields }),
            endpoints = new[]
            {
                "GET  /health",
                "POST /api/session {user, password}      (anyone; answers the access key)",
                "GET  /api/session                        (signed in)",
                "GET  /api/results?q=…&field=…            (signed in)",
                "POST /api/results                        (institute, coordinator)",
                "GET  /api/needs?q=…                       (signed in; confidentiality applies)",
                "POST /api/needs                          (enterprise, coordinator)",
                "POST /api/needs/{id}/close               (owner, coordinator)",
                "GET  /api/matcher/needs/{id}/ranking     (coordinator)",
                "GET  /api/alliance/pairings?needId=…     (coordinator)",
                "POST /api/alliance/pairings/{id}/confirm (coordinator)",
                "POST /api/alliance/pairings/{id}/reject  (coordinator)",
            },
        })).AllowAnonymous();
        return endpoints;
    }
}
