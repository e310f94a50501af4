using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.Results.Features.Feeds;

public static class ResultFeedsExtensions
{
    /// <summary>The feed connector: the <c>Huli:Feeds</c> list and <c>Huli:FeedPolicy</c>, both checked at start;
    /// the feed HTTP client and its resilience pipelines; the cursor store, the poller and the background service
    /// that runs it. With no feeds configured it does nothing.</summary>
    public static IHostApplicationBuilder AddResultFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddResultFeeds();
        return builder;
    }

    /// <summary>The same registrations on a bare service collection. Adding them twice adds nothing, so a test
    /// host can make sure of them whether or not the service composition already did.</summary>
    public static IServiceCollection AddResultFeeds(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(FeedPoller)))
        {
            return services;
        }

        services.AddOptions<FeedSettings>()
            .Configure<IConfiguration>((settings, configuration) => configuration.GetSection(FeedSettings.SectionName).Bind(settings.Feeds))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedSettings>, FeedSettingsValidation>();
        services.AddOptions<FeedPolicy>().BindConfiguration(FeedPolicy.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedPolicy>, FeedPolicyValidation>();

        services.AddHttpClient(FeedClient.HttpClientName)
            // The pipeline's attempt timeout bounds each request; the client's own 100 s would only cut across it.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers(static (handlers, _) => WithoutResilienceHandlers(handlers));
        services.AddFeedResilience();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FeedStatusBoard>();
        services.AddSingleton<FeedCursorStore>();
        services.AddSingleton<FeedClient>();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService<FeedPollingService>();
        return services;
    }

    /// <summary>Takes off the standard resilience handler that the service defaults put on every client, so
    /// the feed pipeline is the one policy rather than a second one stacked on it (a retry inside a retry
    /// multiplies the requests a failing feed receives). This is what the evaluation-only (EXTEXP0001)
    /// <c>RemoveAllResilienceHandlers()</c> does, written with stable APIs.</summary>
    private static void WithoutResilienceHandlers(IList<DelegatingHandler> handlers)
    {
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (handlers[i] is ResilienceHandler)
            {
                handlers.RemoveAt(i);
            }
        }
    }
}
