using Huli.Matchmaking.Alliance.Consumers;
using Huli.Matchmaking.Alliance.Features.Workflow.Stale;
using Huli.Matchmaking.ServiceDefaults.Messaging;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

public static class WorkflowServiceExtensions
{
    /// <summary>The coordinators' workflow: moving pairings, the needs' copies it reads confidentiality from, and
    /// the periodic check for pairings that overstayed their state.</summary>
    public static IHostApplicationBuilder AddAllianceWorkflow(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PairingMover>();
        builder.AddConsumers(bus => bus.AddConsumer<PairedNeedConsumer>());
        builder.Services.AddOptions<StaleOptions>().BindConfiguration(StaleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<StalePairingSweep>();
        return builder;
    }
}
