using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Persistence;

/// <summary>Creates the service's schema before anything else starts, so consumers and endpoints never meet an
/// empty database.</summary>
internal sealed class DatabaseInitializer<TContext>(IServiceScopeFactory scopes) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
