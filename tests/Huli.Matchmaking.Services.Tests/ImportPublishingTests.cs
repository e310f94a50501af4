using System.Text;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>A file's results go out as a few batch events, not a bus message each, and the Matcher takes every
/// one of them in.</summary>
public sealed class ImportPublishingTests : IAsyncLifetime
{
    private readonly EmbeddedHostFactory host = new();
    private ITestHarness harness = null!;

    public Task InitializeAsync()
    {
        harness = host.Services.GetTestHarness();
        return host.Services.BusReadyAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_file_of_1200_results_is_published_in_three_batch_events_that_the_matcher_takes_in_whole()
    {
        var (csv, _) = ResultFiles.Build(rows: 1200, bad: 0, Encoding.UTF8);
        var institute = host.ClientFor("institute");

        var report = await ImportTests.ImportAsync(institute, csv, "成果清单.csv");

        Assert.Equal(1200, report["created"]!.GetValue<int>());
        await Eventually.TrueAsync(async () => await MatcherResultsAsync() == 1200, "the Matcher to take in all 1,200 results");
        var batches = await PublishedBatchesAsync();
        // The import's batches (250, 500, then the 450 left) are one event each, none over the limit of 500.
        Assert.Equal([250, 450, 500], batches.Select(b => b.Results.Count).Order());
        Assert.All(batches, b => Assert.InRange(b.Results.Count, 1, ResultsPublished.MaxResults));
        Assert.Equal(1200, batches.SelectMany(b => b.Results).Select(r => r.ResultId).Distinct().Count());
        Assert.All(batches.SelectMany(b => b.Results), r => Assert.Equal(1, r.Version));
        Assert.False(await harness.Published.Any<ResultPublished>());

        var again = await ImportTests.ImportAsync(institute, csv, "成果清单.csv");

        Assert.Equal(1200, again["unchanged"]!.GetValue<int>());
        Assert.Equal(3, (await PublishedBatchesAsync()).Count);
    }

    private async Task<List<ResultsPublished>> PublishedBatchesAsync()
    {
        var batches = new List<ResultsPublished>();
        await foreach (var published in harness.Published.SelectAsync<ResultsPublished>())
        {
            batches.Add(published.Context.Message);
        }

        return batches;
    }

    private async Task<int> MatcherResultsAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MatcherDbContext>().Results.CountAsync();
    }
}
