using Huli.Matchmaking.Alliance.Consumers;
using Huli.Matchmaking.ServiceDefaults.Messaging;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

public static class WorkflowServiceExtensions
{
    /// <summary>The coordinators' workflow: moving pairings, the needs' copies it reads confidentiality from.</summary>
    public static IHostApplicationBuilder AddAllianceWorkflow(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PairingMover>();
        builder.AddConsumers(bus => bus.AddConsumer<NeedPublishedConsumer>());
        return builder;
    }
}
