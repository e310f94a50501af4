using Huli.Matchmaking.Matcher.Consumers;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Learning;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
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
        builder.Services.AddMatcherRanking();
        builder.Services.AddHostedService<CatalogLoader>();
        builder.Services.AddScoped<EnteringNeeds>();
        builder.Services.AddScoped<RankingUpdater>();
        builder.Services.AddScoped<ResultIntake>();
        builder.AddConsumers(bus =>
        {
            bus.AddConsumer<NeedPublishedConsumer>();
            bus.AddConsumer<NeedClosedConsumer>();
            bus.AddConsumer<ResultPublishedConsumer>(typeof(ResultPublishedConsumerDefinition));
            bus.AddConsumer<ResultsPublishedConsumer>(typeof(ResultsPublishedConsumerDefinition));
            bus.AddConsumer<ResultWithdrawnConsumer>();
            bus.AddConsumer<PairingDecisionConsumer>();
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

    /// <summary>The ranking pipeline alone (catalogs, index, shipped model, ranker): what the evaluation harness
    /// and the benchmark drive in-process, without database or bus.</summary>
    public static IServiceCollection AddMatcherRanking(this IServiceCollection services)
    {
        services.AddSingleton<TokenVocabulary>();
        services.AddSingleton<ProfileAnalyzer>();
        services.AddSingleton<ResultCatalog>();
        services.AddSingleton<NeedCatalog>();
        services.AddSingleton<MatchingIndexes>();
        services.AddSingleton(_ => RankingModels.Load(RankingModels.ShippedPath));
        services.AddSingleton<NeedRanker>();
        return services;
    }
}
