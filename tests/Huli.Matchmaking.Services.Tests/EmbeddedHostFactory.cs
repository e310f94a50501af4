using Huli.Matchmaking.ServiceDefaults.Security;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>The embedded host with all four services, a fresh data folder, the MassTransit test harness in
/// place of the bus, and one test user per role (two enterprises, so confidentiality can be tested).</summary>
/// <remarks>A test starts the host with <see cref="HarnessWaits.BusReadyAsync"/>, never with the harness's
/// <c>Start</c> (see there why).</remarks>
public sealed class EmbeddedHostFactory(string? dataPath = null) : WebApplicationFactory<Host.Program>
{
    public const string Enterprise = "厦门测试精密塑胶有限公司";
    public const string OtherEnterprise = "厦门另一家电子有限公司";
    public const string Institute = "厦门理工学院测试实验室";

    private readonly bool ownsData = dataPath is null;

    /// <summary>The data folder; a test that restarts the host passes the same folder to a second factory.</summary>
    public string DataPath { get; } = dataPath ?? Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));

    public static readonly IReadOnlyDictionary<string, AccessKey> Users = new Dictionary<string, AccessKey>
    {
        ["enterprise"] = new() { Key = "test-enterprise-key", User = "ent.user", Role = Roles.Enterprise, Organisation = Enterprise },
        ["other-enterprise"] = new() { Key = "test-other-enterprise-key", User = "other.user", Role = Roles.Enterprise, Organisation = OtherEnterprise },
        ["institute"] = new() { Key = "test-institute-key", User = "inst.user", Role = Roles.Institute, Organisation = Institute },
        ["coordinator"] = new() { Key = "test-coordinator-key", User = "coord.user", Role = Roles.Coordinator, Organisation = "联盟秘书处" },
    };

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
            ["Huli:Profile"] = "embedded",
            ["Huli:DataPath"] = DataPath,
            ["Huli:Demo:Enabled"] = "false",
        };
        foreach (var (key, value) in AccessKeySettings.Of(Users.Values))
        {
            settings[key] = value;
        }

        builder.UseSetting("Huli:Profile", "embedded");
        builder.UseSetting("Huli:DataPath", DataPath);
        builder.UseSetting("Huli:Demo:Enabled", "false");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services => services.AddMassTransitTestHarness());
    }

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
