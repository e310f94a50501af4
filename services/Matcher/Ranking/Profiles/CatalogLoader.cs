using Huli.Matchmaking.Matcher.Data;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>Fills the in-memory catalogs from the Matcher's database at start, after the schema exists and
/// before the bus delivers anything, so the first event meets complete corpus statistics.</summary>
public sealed class CatalogLoader(IServiceScopeFactory scopes, ResultCatalog results, NeedCatalog needs, ProfileAnalyzer analyzer, ILogger<CatalogLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatcherDbContext>();
        await foreach (var result in db.Results.AsNoTracking().Where(r => r.IsListed).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            results.Upsert(result.ToProfile(analyzer));
        }

        await foreach (var need in db.Needs.AsNoTracking().Where(n => n.IsOpen).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            needs.Upsert(need.ToProfile(analyzer));
        }

        logger.LogInformation("Ranking catalog loaded: {Results} listed results, {Needs} open needs", results.Count, needs.Open.Count());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
