using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Sorting;

/// <summary>Loads the listed results' fingerprints before the service takes requests.</summary>
internal sealed class FingerprintLoader(IServiceScopeFactory scopes, ResultFingerprints fingerprints) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        await foreach (var result in db.Results.AsNoTracking()
            .Where(r => r.Status == ResultStatus.Listed)
            .Select(r => new { r.Id, r.Fingerprint, r.Institute, r.Sources })
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            fingerprints.Remember(result.Id, result.Fingerprint, result.Institute, result.Sources);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
