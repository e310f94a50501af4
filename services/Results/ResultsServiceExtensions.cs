using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.Results.Features.Feeds;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.Results.Features.Sorting;
using Huli.Matchmaking.Results.Indexing;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Persistence;

namespace Huli.Matchmaking.Results;

public static class ResultsServiceExtensions
{
    public const string ServiceName = "results";

    /// <summary>Everything the Results service needs, for its own process or the embedded host alike.</summary>
    public static IHostApplicationBuilder AddResultsService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ResultsDbContext>(ServiceName);
        builder.Services.AddOutboxPublisher<ResultsDbContext>();
        builder.Services.AddRecordIndexing<ResultsDbContext, ResearchResult, ResultIndexer>();
        builder.Services.AddScoped<ResultListing>();
        builder.Services.AddSingleton<ResultFingerprints>();
        builder.Services.AddHostedService<FingerprintLoader>();
        builder.AddResultFeeds();
        builder.Services.AddMediator(options =>
        {
            options.Namespace = "Huli.Matchmaking.Results.Mediation";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(ResultsServiceExtensions)];
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
