using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>Each feed gets its own pipeline, so one failing feed never opens another's circuit. From the
/// outside in: retry (exponential backoff with jitter) → circuit breaker → per-attempt timeout. The timeout is
/// innermost so every attempt is bounded and a timed-out attempt counts as a failure for the breaker; an open
/// circuit is not retried, so a broken feed costs nothing until its break is over.</summary>
internal static class FeedResilience
{
    public static string KeyFor(string feedName) => $"results-feed:{feedName.ToLowerInvariant()}";

    /// <summary>Worth trying again: the feed or the network may be fine a moment later. Malformed pages and
    /// refusals (4xx) are not: the same request gets the same answer.</summary>
    public static readonly PredicateBuilder<object> Transient = new PredicateBuilder()
        .Handle<HttpRequestException>()
        .Handle<HttpIOException>()
        .Handle<TimeoutRejectedException>()
        .Handle<FeedUnavailableException>();

    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    public static IServiceCollection AddFeedResilience(this IServiceCollection services)
    {
        // Deferred, because the feeds are known only once configuration is complete.
        services.AddResiliencePipelines<string>(context =>
        {
            var policy = context.ServiceProvider.GetRequiredService<IOptions<FeedPolicy>>().Value;
            var board = context.ServiceProvider.GetRequiredService<FeedStatusBoard>();
            foreach (var status in board.All)
            {
                context.AddResiliencePipeline(KeyFor(status.Feed.Name), (pipeline, _) => Build(pipeline, policy, status));
            }
        });
        return services;
    }

    private static void Build(ResiliencePipelineBuilder pipeline, FeedPolicy policy, FeedStatus status) => pipeline
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = Transient,
            MaxRetryAttempts = policy.MaxRetryAttempts,
            Delay = policy.RetryDelay,
            MaxDelay = policy.MaxRetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Exception is FeedUnavailableException { RetryAfter: { } asked }
                    ? (TimeSpan?)(asked < policy.MaxRetryDelay ? asked : policy.MaxRetryDelay)
                    : null),
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = Transient,
            FailureRatio = policy.BreakerFailureRatio,
            MinimumThroughput = policy.BreakerMinimumThroughput,
            SamplingDuration = policy.BreakerSamplingDuration,
            BreakDuration = policy.BreakDuration,
            StateProvider = status.Circuit,
        })
        .AddTimeout(policy.AttemptTimeout);
}
