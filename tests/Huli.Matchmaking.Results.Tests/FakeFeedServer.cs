using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Huli.Matchmaking.Results.Tests;

/// <summary>An institute's feed on a loopback port, speaking the feed protocol with a sequence-number cursor
/// (<c>since</c> is how many items the reader already has). Tests publish items and script faults; each request
/// takes the next scripted fault, or the standing one, or is served normally.</summary>
public sealed class FakeFeedServer : IAsyncDisposable
{
    public const string ApiKey = "test-feed-key";

    private readonly Lock gate = new();
    private readonly List<object> items = [];
    private readonly Queue<FeedFault> faults = new();
    private readonly List<FeedRequest> requests = [];
    private readonly WebApplication app;
    private FeedFault? standing;

    private FakeFeedServer()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet("/feed", ServeAsync);
    }

    /// <summary>The feed's URL, with the port Kestrel was given.</summary>
    public string Url { get; private set; } = "";

    public static async Task<FakeFeedServer> StartAsync()
    {
        var server = new FakeFeedServer();
        await server.app.StartAsync();
        server.Url = $"{server.app.Urls.Single()}/feed";
        return server;
    }

    public void Publish(params object[] newItems)
    {
        lock (gate)
        {
            items.AddRange(newItems);
        }
    }

    /// <summary>The next requests meet these faults, one each, in order.</summary>
    public void FailNext(FeedFault fault, int times = 1)
    {
        lock (gate)
        {
            for (var i = 0; i < times; i++)
            {
                faults.Enqueue(fault);
            }
        }
    }

    /// <summary>Every request meets this fault until it is cleared with null.</summary>
    public void FailAlways(FeedFault? fault)
    {
        lock (gate)
        {
            standing = fault;
        }
    }

    public IReadOnlyList<FeedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    private async Task ServeAsync(HttpContext http)
    {
        var since = http.Request.Query["since"].SingleOrDefault();
        var limit = int.Parse(http.Request.Query["limit"].Single()!, CultureInfo.InvariantCulture);
        FeedFault? fault;
        List<object> page;
        int start;
        bool hasMore;
        lock (gate)
        {
            requests.Add(new FeedRequest(since, limit, http.Request.Headers.Authorization.ToString()));
            fault = faults.Count > 0 ? faults.Dequeue() : standing;
            start = since is null ? 0 : int.Parse(since, CultureInfo.InvariantCulture);
            page = items.Skip(start).Take(limit).ToList();
            hasMore = start + page.Count < items.Count;
        }

        switch (fault)
        {
            case { Status: { } status }:
                http.Response.StatusCode = status;
                return;
            case { Stall: true }:
                await StallAsync(http.RequestAborted);
                return;
            case { Body: { } body }:
                http.Response.ContentType = fault.ContentType;
                await http.Response.WriteAsync(body, http.RequestAborted);
                return;
        }

        await http.Response.WriteAsJsonAsync(
            new { items = page, next = (start + page.Count).ToString(CultureInfo.InvariantCulture), hasMore },
            http.RequestAborted);
    }

    /// <summary>Hangs until the reader gives up and drops the connection.</summary>
    private static async Task StallAsync(CancellationToken aborted)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, aborted);
        }
        catch (OperationCanceledException)
        {
            // The reader timed out, which is what the stall is for.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record FeedRequest(string? Since, int Limit, string Authorization);

/// <summary>How the fake feed misbehaves for one request.</summary>
public sealed record FeedFault(int? Status = null, bool Stall = false, string? Body = null, string ContentType = "application/json")
{
    public static FeedFault Unavailable { get; } = new(Status: 503);

    public static FeedFault Stalled { get; } = new(Stall: true);

    public static FeedFault Garbage(string body, string contentType = "application/json") => new(Body: body, ContentType: contentType);
}
