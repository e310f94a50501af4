using Huli.Matchmaking.Alliance.Data;
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
        // Only the rows still in the clear are read: after the first start of a sealing version, none.
        var clear = await db.Members
            .Where(m => m.WebhookSecret != null && !m.WebhookSecret.StartsWith(WebhookSecrets.SealedPrefix))
            .ToListAsync(cancellationToken);
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
