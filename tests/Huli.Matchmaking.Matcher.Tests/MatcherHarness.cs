using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.TextAnalysis;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.Matcher.Tests;

/// <summary>The Matcher alone, registered exactly as its process registers it, on the MassTransit test harness
/// with its own SQLite file and Lucene folder.</summary>
public sealed class MatcherHarness : IAsyncLifetime
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "huli-matcher-tests", Guid.NewGuid().ToString("N"));
    private IHost app = null!;

    public ITestHarness Bus { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(["--Huli:Profile=embedded", $"--Huli:DataPath={dataPath}"]);
        builder.AddServiceDefaults();
        builder.AddMatcherService();
        builder.AddMessageBus();
        builder.Services.AddMassTransitTestHarness();
        app = builder.Build();
        Bus = app.Services.GetTestHarness();

        // Load jieba's dictionaries before the first message, so no consumer pays for it.
        app.Services.GetRequiredService<ITextAnalyzer>().Tokenize("预热分词词典");

        // The harness starts the host's hosted services: schema, outbox publisher and bus.
        await Bus.Start();
    }

    /// <summary>Checks, once at the end, that no consumer faulted.</summary>
    public async Task DisposeAsync()
    {
        Assert.False(await Bus.Published.Any<Fault>(), "A Matcher consumer faulted.");
        await app.StopAsync();
        app.Dispose();
        Directory.Delete(dataPath, recursive: true);
    }

    /// <summary>Publishes an event and waits until the Matcher has consumed it (its unit of work is saved by then).</summary>
    public async Task DeliverAsync<T>(T message, Func<T, bool> isIt)
        where T : class
    {
        await Bus.Bus.Publish(message);
        Assert.True(await Bus.EventuallyConsumed(isIt), $"The Matcher did not consume {typeof(T).Name}.");
    }

    /// <summary>Waits until the Matcher's database satisfies a condition: for a burst of events, which the
    /// Matcher consumes in batches, that is the observable end.</summary>
    public Task<bool> EventuallyAsync(Func<MatcherDbContext, Task<bool>> condition) =>
        Eventually.HoldsAsync(() => QueryAsync(condition));

    /// <summary>Sends a request through the Matcher's mediator, as its endpoints do.</summary>
    public async Task<T> SendAsync<T>(Mediator.IQuery<T> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Huli.Matchmaking.Matcher.Mediation.Mediator>().Send(query);
    }

    public async Task<T> QueryAsync<T>(Func<MatcherDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MatcherDbContext>());
    }

    /// <summary>The rankings queued for publication for a need, oldest first.</summary>
    public Task<List<PairingsRanked>> RankingsQueuedAsync(Guid needId) => QueryAsync(async db =>
        (await db.Outbox.Where(m => m.MessageType.StartsWith(typeof(PairingsRanked).FullName!)).OrderBy(m => m.Id).ToListAsync())
            .Select(m => System.Text.Json.JsonSerializer.Deserialize<PairingsRanked>(m.Body, System.Text.Json.JsonSerializerOptions.Web)!)
            .Where(r => r.NeedId == needId)
            .ToList());
}
