using Huli.Matchmaking.Needs.Consumers;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.Needs.Features.Expiry;
using Huli.Matchmaking.Needs.Features.Posting;
using Huli.Matchmaking.Needs.Indexing;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Persistence;

namespace Huli.Matchmaking.Needs;

public static class NeedsServiceExtensions
{
    public const string ServiceName = "needs";

    /// <summary>Everything the Needs service needs, for its own process or the embedded host alike.</summary>
    public static IHostApplicationBuilder AddNeedsService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NeedsDbContext>(ServiceName);
        builder.Services.AddOutboxPublisher<NeedsDbContext>();
        builder.AddConsumers(bus => bus.AddConsumer<SealedNeedReleaseConsumer>());
        builder.Services.AddRecordIndexing<NeedsDbContext, Need, NeedIndexer>();
        builder.Services.AddMediator(options =>
        {
            options.Namespace = "Huli.Matchmaking.Needs.Mediation";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(NeedsServiceExtensions)];
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<NeedPosting>();
        builder.Services.AddOptions<NeedExpiryOptions>().BindConfiguration(NeedExpiryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<NeedExpirySweep>();
        return builder;
    }
}
