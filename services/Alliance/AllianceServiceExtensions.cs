using Huli.Matchmaking.Alliance.Consumers;
using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Features.Workflow;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Persistence;

namespace Huli.Matchmaking.Alliance;

public static class AllianceServiceExtensions
{
    public const string ServiceName = "alliance";

    /// <summary>Everything the Alliance service needs, for its own process or the embedded host alike.</summary>
    public static IHostApplicationBuilder AddAllianceService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AllianceDbContext>(ServiceName);
        builder.Services.AddOutboxPublisher<AllianceDbContext>();
        builder.AddConsumers(bus => bus.AddConsumer<PairingsRankedConsumer>());
        builder.Services.AddMediator(options =>
        {
            options.Namespace = "Huli.Matchmaking.Alliance.Mediation";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(AllianceServiceExtensions)];
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddAllianceWorkflow();
        return builder;
    }
}
