using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Retry;

namespace Huli.Matchmaking.ServiceDefaults.Hosting;

public static class SearchResilience
{
    public const string PipelineKey = "search-index";

    /// <summary>A search index is a local Lucene folder or a remote Elasticsearch cluster; either can fail for a
    /// moment (a locked file, a busy node), so index writes are retried briefly with jitter and time-boxed.</summary>
    public static IServiceCollection AddSearchResilience(this IServiceCollection services)
    {
        services.AddResiliencePipeline(PipelineKey, pipeline => pipeline
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<IOException>().Handle<TimeoutException>(),
            })
            .AddTimeout(TimeSpan.FromSeconds(30)));
        return services;
    }
}
