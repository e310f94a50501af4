using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Alliance;
using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Security;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Huli.Matchmaking.Alliance.Tests;

/// <summary>The Alliance service on its own: its data folder, the MassTransit test harness in place of the bus
/// (the tests publish what the Needs service and the Matcher would), a key per role and a fake clock.</summary>
public sealed class AllianceHostFactory(IReadOnlyDictionary<string, string?>? extraSettings = null) : WebApplicationFactory<Program>
{
    public const string Enterprise = "厦门测试精密塑胶有限公司";
    public const string OtherEnterprise = "厦门另一家电子有限公司";
    public const string Institute = "厦门理工学院测试实验室";
    public const string OtherInstitute = "华侨大学测试研究院";

    /// <summary>10:00 in Xiamen on 2 November 2026.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyDictionary<string, AccessKey> Users = new Dictionary<string, AccessKey>
    {
        ["enterprise"] = new() { Key = "alliance-enterprise-key", User = "ent.user", Role = Roles.Enterprise, Organisation = Enterprise },
        ["other-enterprise"] = new() { Key = "alliance-other-enterprise-key", User = "other.user", Role = Roles.Enterprise, Organisation = OtherEnterprise },
        ["institute"] = new() { Key = "alliance-institute-key", User = "inst.user", Role = Roles.Institute, Organisation = Institute },
        ["other-institute"] = new() { Key = "alliance-other-institute-key", User = "other.inst", Role = Roles.Institute, Organisation = OtherInstitute },
        ["coordinator"] = new() { Key = "alliance-coordinator-key", User = "coord.user", Role = Roles.Coordinator, Organisation = "联盟秘书处" },
        ["second-coordinator"] = new() { Key = "alliance-coordinator-2-key", User = "coord.two", Role = Roles.Coordinator, Organisation = "联盟秘书处" },
    };

    private int rankings;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(Start);

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
        var settings = AccessKeySettings.Of(Users.Values);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.UseSetting("Huli:Profile", "embedded");
        builder.UseSetting("Huli:DataPath", DataPath);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services => services.AddMassTransitTestHarness());
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public HttpClient ClientFor(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Users[user].Key);
        return client;
    }

    /// <summary>What the Needs service publishes when a need is posted.</summary>
    public async Task PublishNeedAsync(
        Guid needId, string title, NeedConfidentiality confidentiality, string enterprise = Enterprise, int version = 1, DateTimeOffset? at = null)
    {
        var message = new NeedPublished(
            needId, version, title, $"{title}：详细描述，含工艺参数与目标。", ["关键词"], ["smart-equipment"], enterprise, confidentiality,
            at ?? Clock.GetUtcNow(), TrlMin: 4, TrlMax: 7);
        await Harness.Bus.Publish(message);

        // Two consumers keep a copy of each need (the match views' and member routing's): wait for both, not
        // for the first to be done.
        await Eventually.TrueAsync(
            () => InDatabaseAsync(async db =>
                await db.Needs.AnyAsync(n => n.NeedId == needId && n.Version >= version)
                && await db.MemberNeeds.AnyAsync(n => n.NeedId == needId && n.Version >= version)),
            "both copies of the need");
    }

    private async Task<T> InDatabaseAsync<T>(Func<AllianceDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AllianceDbContext>());
    }

    /// <summary>What the Matcher publishes when it ranked a need: one result per institute given, in that order.
    /// Returns the pairings' ids, in rank order.</summary>
    public Task<IReadOnlyList<Guid>> RankAsync(Guid needId, string needTitle, string enterprise = Enterprise, params string[] institutes) =>
        RankAsync(needId, needTitle, ["smart-equipment"], enterprise, institutes);

    public async Task<IReadOnlyList<Guid>> RankAsync(Guid needId, string needTitle, IReadOnlyList<string> fields, string enterprise, params string[] institutes)
    {
        var results = institutes.Select((institute, i) => new RankedResult(
            Guid.NewGuid(), $"{needTitle}的成果{i + 1}", institute, i + 1, 3.0 - i, ["视觉", "检测"],
            [new RankingReason("bm25-title", 1.2, "标题匹配", "Title matches")], ["smart-equipment"], 6)).ToList();
        var revision = Interlocked.Increment(ref rankings);
        await Harness.Bus.Publish(new PairingsRanked(needId, needTitle, enterprise, fields, revision, results, Clock.GetUtcNow()));
        // Stored as pairings and handed to member routing, by two consumers: wait for both.
        JsonNode page = new JsonObject();
        await Eventually.TrueAsync(
            async () =>
            {
                page = await GetAsync("coordinator", $"/api/alliance/pairings?needId={needId}&pageSize=100");
                var stored = page["pairings"]!.AsArray().Select(p => p!["resultId"]!.GetValue<Guid>()).ToHashSet();
                return results.All(r => stored.Contains(r.ResultId))
                    && await InDatabaseAsync(db => db.MemberNeeds.AnyAsync(n => n.NeedId == needId && n.RankingRevision >= revision));
            },
            "the ranking stored and handed to member routing");
        return [.. results.Select(r => page["pairings"]!.AsArray().Single(p => p!["resultId"]!.GetValue<Guid>() == r.ResultId)!["id"]!.GetValue<Guid>())];
    }

    public async Task<Guid> OnePairingAsync(string needTitle = "注塑件表面划痕视觉检测", NeedConfidentiality confidentiality = NeedConfidentiality.Public)
    {
        var needId = Guid.NewGuid();
        await PublishNeedAsync(needId, needTitle, confidentiality);
        return (await RankAsync(needId, needTitle, Enterprise, Institute))[0];
    }

    public async Task<JsonNode> GetAsync(string user, string url)
    {
        var response = await ClientFor(user).GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await ReadNodeAsync(response);
    }

    public Task<HttpResponseMessage> PostAsync(string user, string url, object? body) =>
        body is null ? ClientFor(user).PostAsync(url, null) : ClientFor(user).PostAsJsonAsync(url, body, JsonSerializerOptions.Web);

    /// <summary>Moves a pairing as a coordinator and expects it to work.</summary>
    public async Task<JsonNode> StepAsync(Guid pairingId, object step, string user = "coordinator")
    {
        var response = await PostAsync(user, $"/api/alliance/pairings/{pairingId}/steps", step);
        Assert.True(response.IsSuccessStatusCode, $"step answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await ReadNodeAsync(response);
    }

    public static async Task<JsonNode> ReadNodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public async Task<T> InScopeAsync<T>(Func<AllianceDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AllianceDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TemporaryFolder.TryDelete(DataPath);
        }
    }
}
