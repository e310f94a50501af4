using Huli.Matchmaking.Matcher.Consumers;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Persistence;

namespace Huli.Matchmaking.Matcher;

public static class MatcherServiceExtensions
{
    public const string ServiceName = "matcher";

    /// <summary>Everything the Matcher needs, for its own process or the embedded host alike.</summary>
    public static IHostApplicationBuilder AddMatcherService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MatcherDbContext>(ServiceName);
        builder.Services.AddOutboxPublisher<MatcherDbContext>();
        builder.Services.AddSingleton<MatchingGate>();
        builder.Services.AddSingleton<MatchingIndexes>();
        builder.Services.AddScoped<NeedRanker>();
        builder.Services.AddScoped<RankingUpdater>();
        builder.AddConsumers(bus =>
        {
            bus.AddConsumer<NeedPublishedConsumer>();
            bus.AddConsumer<NeedClosedConsumer>();
            bus.AddConsumer<ResultPublishedConsumer>(typeof(ResultPublishedConsumerDefinition));
            bus.AddConsumer<ResultWithdrawnConsumer>();
        });
        builder.Services.AddMediator(options =>
        {
            options.Namespace = "Huli.Matchmaking.Matcher.Mediation";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(MatcherServiceExtensions)];
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
