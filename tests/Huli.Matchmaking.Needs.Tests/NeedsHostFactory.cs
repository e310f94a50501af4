using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.ServiceDefaults.Security;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NeedsMediator = Huli.Matchmaking.Needs.Mediation.Mediator;

namespace Huli.Matchmaking.Needs.Tests;

/// <summary>The Needs service on its own with a data folder of its own, the MassTransit test harness in place of
/// the bus, a key per role (two enterprises), and a fake clock the tests move, so "today" and the expiry sweep's
/// interval are theirs to control. A test that restarts the service passes the first host's data folder on.</summary>
public sealed class NeedsHostFactory(string? dataPath = null, DateTimeOffset? now = null) : WebApplicationFactory<Program>
{
    public const string Enterprise = "厦门测试精密塑胶有限公司";
    public const string OtherEnterprise = "厦门另一家电子有限公司";
    public const string Institute = "厦门理工学院测试实验室";
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    /// <summary>10:00 in Xiamen on 2 March 2026: the needs' "today" is 2026-03-02.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyDictionary<string, AccessKey> Users = new Dictionary<string, AccessKey>
    {
        ["enterprise"] = new() { Key = "needs-enterprise-key", User = "ent.user", Role = Roles.Enterprise, Organisation = Enterprise },
        ["other-enterprise"] = new() { Key = "needs-other-enterprise-key", User = "other.user", Role = Roles.Enterprise, Organisation = OtherEnterprise },
        ["institute"] = new() { Key = "needs-institute-key", User = "inst.user", Role = Roles.Institute, Organisation = Institute },
        ["other-institute"] = new() { Key = "needs-other-institute-key", User = "other.inst", Role = Roles.Institute, Organisation = "华侨大学测试研究院" },
        ["coordinator"] = new() { Key = "needs-coordinator-key", User = "coord.user", Role = Roles.Coordinator, Organisation = "联盟秘书处" },
    };

    private readonly bool ownsData = dataPath is null;

    public string DataPath { get; } = dataPath ?? Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(now ?? Start);

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
        settings["Huli:Needs:ExpirySweep"] = SweepInterval.ToString();

        // Read while the service registers itself, before the configuration below is in.
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

    public async Task<JsonNode> ImportAsync(string user, byte[] file, string name)
    {
        var response = await PostFileAsync(user, file, name);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await ReadNodeAsync(response);
    }

    public Task<HttpResponseMessage> PostFileAsync(string user, byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return ClientFor(user).PostAsync("/api/needs/import", new MultipartFormDataContent { { content, "file", name } });
    }

    public Task<HttpResponseMessage> PostNeedAsync(string user, object need) =>
        ClientFor(user).PostAsJsonAsync("/api/needs", need, JsonSerializerOptions.Web);

    public async Task<JsonNode> GetAsync(string user, string url)
    {
        var response = await ClientFor(user).GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await ReadNodeAsync(response);
    }

    public static async Task<JsonNode> ReadNodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    /// <summary>Runs <paramref name="work"/> in a scope of the service, as its background work runs.</summary>
    public async Task<T> InScopeAsync<T>(Func<NeedsMediator, NeedsDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NeedsMediator>(), scope.ServiceProvider.GetRequiredService<NeedsDbContext>());
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
