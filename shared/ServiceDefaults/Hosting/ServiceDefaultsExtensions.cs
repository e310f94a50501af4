using System.Text.Json;
using System.Text.Json.Serialization;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.TextAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huli.Matchmaking.ServiceDefaults.Hosting;

public static class ServiceDefaultsExtensions
{
    /// <summary>What every service process needs, whether it hosts one service or all four: options, logging,
    /// problem details in the request's language, JSON, access keys, text analysis, the search index and health checks.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddShippedSettings();
        var options = builder.GetHuliOptions();
        builder.Services.Configure<HuliOptions>(builder.Configuration.GetSection(HuliOptions.SectionName));

        builder.Logging.ClearProviders();
        if (options.IsDistributed)
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddHuliProblemDetails();
        builder.Services.AddRequestLanguage();

        builder.AddAccessKeys();

        builder.Services.TryAddSingleton<ITextAnalyzer, ChineseEnglishAnalyzer>();
        builder.AddSearchBackend(options.ResolveDataPath());

        builder.Services.AddHealthChecks();
        builder.Services.AddHttpClient();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        return builder;
    }

    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        // First, so the problems the handlers below write after an exception or a bare status are in the
        // request's language too: a culture set inside them would not flow back out.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync })
            .AllowAnonymous();
        return app;
    }
}
