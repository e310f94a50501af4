using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Features.Feeds;
using Huli.Matchmaking.ServiceDefaults.Security;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Results.Tests;

/// <summary>The Results service on its own with one feed, a data folder of its own (or a given one, to restart
/// on it), the MassTransit test harness in place of the bus, and a key per role. Background polling is off
/// unless asked for: tests poll with <see cref="PollAsync"/> so they know exactly which requests a poll made.
/// Delays are milliseconds and the attempt timeout seconds, so the suite stays fast.</summary>
public sealed class ResultsHostFactory(string feedUrl, IReadOnlyDictionary<string, string?>? overrides = null, string? dataPath = null)
    : WebApplicationFactory<Program>
{
    public const string FeedName = "xmut-lab";
    public const string Institute = "厦门理工学院测试实验室";

    private readonly bool ownsData = dataPath is null;

    public string DataPath { get; } = dataPath ?? Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));

    public static readonly IReadOnlyDictionary<string, AccessKey> Users = new Dictionary<string, AccessKey>
    {
        ["enterprise"] = new() { Key = "results-enterprise-key", User = "ent.user", Role = Roles.Enterprise, Organisation = "厦门测试精密塑胶有限公司" },
        ["institute"] = new() { Key = "results-institute-key", User = "inst.user", Role = Roles.Institute, Organisation = Institute },
        ["coordinator"] = new() { Key = "results-coordinator-key", User = "coord.user", Role = Roles.Coordinator, Organisation = "联盟秘书处" },
    };

    /// <summary>The harness of the bus the host started. A test starts the host with
    /// <see cref="HarnessWaits.BusReadyAsync"/>, never with the harness's <c>Start</c> (see there why).</summary>
    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>Every client this factory makes asks for English, the wording the tests assert.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.AskingForEnglish();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Huli:Feeds:0:Name"] = FeedName,
            ["Huli:Feeds:0:Url"] = feedUrl,
            ["Huli:Feeds:0:Institute"] = Institute,
            ["Huli:Feeds:0:ApiKey"] = FakeFeedServer.ApiKey,
            ["Huli:Feeds:0:PageSize"] = "2",
            ["Huli:Feeds:0:PollInterval"] = "01:00:00",
            ["Huli:FeedPolicy:PollInBackground"] = "false",
            ["Huli:FeedPolicy:MaxRetryAttempts"] = "3",
            ["Huli:FeedPolicy:RetryDelay"] = "00:00:00.010",
            ["Huli:FeedPolicy:MaxRetryDelay"] = "00:00:00.050",
            ["Huli:FeedPolicy:AttemptTimeout"] = "00:00:10",
            ["Huli:FeedPolicy:BreakerFailureRatio"] = "0.5",
            ["Huli:FeedPolicy:BreakerMinimumThroughput"] = "4",
            ["Huli:FeedPolicy:BreakerSamplingDuration"] = "00:01:00",
            ["Huli:FeedPolicy:BreakDuration"] = "00:01:00",
        };
        foreach (var (key, value) in AccessKeySettings.Of(Users.Values))
        {
            settings[key] = value;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        // Read while the service registers itself, before the configuration below is in.
        builder.UseSetting("Huli:Profile", "embedded");
        builder.UseSetting("Huli:DataPath", DataPath);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services => services.AddMassTransitTestHarness());
    }

    public Task<FeedPollReport> PollAsync() =>
        Services.GetRequiredService<FeedPoller>().PollAsync(FeedName, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

    public FeedStatusView Status() => Services.GetRequiredService<FeedStatusBoard>().Find(FeedName)!.View();

    /// <summary>What the feed listed, straight from the service's database.</summary>
    public async Task<List<string>> ListedExternalIdsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        return await db.Results.AsNoTracking()
            .Where(r => r.Institute == Institute)
            .OrderBy(r => r.ExternalId)
            .Select(r => r.ExternalId!)
            .ToListAsync();
    }

    public string CursorFile => Path.Combine(DataPath, "feeds", $"{FeedName}.cursor.json");

    public HttpClient ClientFor(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Users[user].Key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsData)
        {
            TemporaryFolder.TryDelete(DataPath);
        }
    }
}
