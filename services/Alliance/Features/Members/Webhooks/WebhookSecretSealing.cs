using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Members.Webhooks;

/// <summary>Seals, once at start, the webhook secrets that versions before sealing stored in the clear.
/// Registered after the database initialiser, so the table exists; before the sender, which then only meets
/// sealed secrets.</summary>
internal sealed partial class WebhookSecretSealing(IServiceScopeFactory scopes, WebhookSecrets secrets, ILogger<WebhookSecretSealing> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var webhookMembers = await db.Members
            .Where(m => m.Delivery == MemberDeliveryChannel.Webhook && m.WebhookSecret != null)
            .ToListAsync(cancellationToken);
        var clear = webhookMembers.Where(m => !WebhookSecrets.IsSealed(m.WebhookSecret!)).ToList();
        foreach (var member in clear)
        {
            member.WebhookSecret = secrets.Seal(member.WebhookSecret!);
        }

        if (clear.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSealed(logger, clear.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed {Count} webhook secrets stored in the clear by an earlier version")]
    private static partial void LogSealed(ILogger logger, int count);
}
