using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huli.Matchmaking.ServiceDefaults.Persistence;

/// <summary>Creates the service's schema before anything else starts, so consumers and endpoints never meet an
/// empty database, and adds to a database an earlier version made whatever tables and columns it lacks.</summary>
internal sealed class DatabaseInitializer<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseInitializer<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (await db.Database.EnsureCreatedAsync(cancellationToken))
        {
            return;
        }

        var added = await SchemaUpgrade.ApplyAsync(db, cancellationToken);
        if (added.Count > 0)
        {
            logger.LogInformation("Upgraded the {Context} database: added {Parts}.", typeof(TContext).Name, string.Join(", ", added));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
