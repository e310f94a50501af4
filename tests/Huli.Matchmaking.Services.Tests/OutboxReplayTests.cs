using System.Text.Json;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>A real SQLite outbox: how it stores an event, and which messages it sends again at start.</summary>
public sealed class OutboxReplayTests : IAsyncLifetime
{
    private static readonly DateTimeOffset LastPublished = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly string file = Path.Combine(Path.GetTempPath(), "huli-tests", $"outbox-{Guid.NewGuid():N}.db");
    private ResultsDbContext db = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        db = new ResultsDbContext(new DbContextOptionsBuilder<ResultsDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options);
        await db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        File.Delete(file);
    }

    [Fact]
    public async Task An_event_is_stored_with_its_chinese_as_written_and_read_back_whole()
    {
        var published = new ResultPublished(Guid.NewGuid(), 1, "永磁同步电机<控制>", "面向新能源汽车的驱动系统。", ["永磁同步电机"], [], 6, "厦门大学", LastPublished);

        db.Enqueue(published, TimeProvider.System);
        await db.SaveChangesAsync();

        var body = await db.Outbox.Select(m => m.Body).SingleAsync();
        Assert.Contains("面向新能源汽车的驱动系统。", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", body, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize<ResultPublished>(body, JsonSerializerOptions.Web)!;
        Assert.Equal((published.Title, published.Abstract, published.Keywords[0]), (read.Title, read.Abstract, read.Keywords[0]));
    }

    [Fact]
    public async Task The_messages_published_within_the_window_before_the_last_are_marked_unpublished_and_no_others()
    {
        // Published oldest first, one a minute, up to LastPublished; then one still waiting.
        var ids = await AddAsync(Enumerable.Range(0, 60).Select(minutesBefore => (DateTimeOffset?)LastPublished.AddMinutes(-59 + minutesBefore)).Append(null));

        var replayed = await new OutboxReplay(TimeSpan.FromMinutes(30)).MarkForReplayAsync(db, CancellationToken.None);

        Assert.Equal(31, replayed);
        var unpublished = await db.Outbox.Where(m => m.PublishedAt == null).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        Assert.Equal(ids[29..], unpublished);
        Assert.Equal(29, await db.Outbox.CountAsync(m => m.PublishedAt != null));
    }

    [Fact]
    public async Task A_window_longer_than_one_page_is_found_whole()
    {
        // 2,500 messages within a second of each other: three pages of the backward read.
        var ids = await AddAsync(Enumerable.Range(0, 2_500).Select(i => (DateTimeOffset?)LastPublished.AddMilliseconds(-2_500 + i)));

        Assert.Equal(2_500, await new OutboxReplay(TimeSpan.FromMinutes(1)).MarkForReplayAsync(db, CancellationToken.None));
        Assert.Equal(ids.Count, await db.Outbox.CountAsync(m => m.PublishedAt == null));
    }

    [Fact]
    public async Task Nothing_is_sent_again_on_a_broker_or_from_an_outbox_that_never_published()
    {
        await AddAsync([null, null]);
        Assert.Equal(0, await new OutboxReplay(TimeSpan.FromMinutes(30)).MarkForReplayAsync(db, CancellationToken.None));

        await AddAsync([LastPublished]);
        Assert.Equal(0, await OutboxReplay.None.MarkForReplayAsync(db, CancellationToken.None));
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.PublishedAt != null));
    }

    private async Task<List<long>> AddAsync(IEnumerable<DateTimeOffset?> publishedAt)
    {
        var messages = publishedAt.Select(at => new OutboxMessage
        {
            MessageType = "Huli.Matchmaking.Contracts.ResultPublished",
            Body = "{}",
            CreatedAt = LastPublished.AddHours(-2),
            PublishedAt = at,
            Attempts = at is null ? 0 : 1,
        }).ToList();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return [.. messages.Select(m => m.Id)];
    }
}
