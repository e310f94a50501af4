using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>The Alliance service on its own, with one test user per role that matters to the member registry.
/// Embedded unless the overrides say otherwise (the broker tests pass the distributed settings).</summary>
public sealed class AllianceHostFactory(IReadOnlyDictionary<string, string?>? overrides = null, string? dataPath = null)
    : WebApplicationFactory<Alliance.Program>
{
    private readonly bool ownsData = dataPath is null;

    /// <summary>The data folder; a test that restarts the service passes the same folder to a second factory.</summary>
    public string DataPath { get; } = dataPath ?? Path.Combine(Path.GetTempPath(), "huli-members-tests", Guid.NewGuid().ToString("N"));

    public static readonly IReadOnlyDictionary<string, AccessKey> Users = new Dictionary<string, AccessKey>
    {
        ["member-admin"] = new() { Key = "test-member-admin-key", User = "zhou.min", Role = Roles.MemberAdmin, Organisation = "湖里区科创联盟秘书处" },
        ["coordinator"] = new() { Key = "test-coordinator-key", User = "wang.fang", Role = Roles.Coordinator, Organisation = "湖里区科创联盟秘书处" },
        ["enterprise"] = new() { Key = "test-enterprise-key", User = "chen.jing", Role = Roles.Enterprise, Organisation = "厦门鑫宏泰精密塑胶有限公司" },
    };

    /// <summary>Every client this factory makes asks for English, the wording the tests assert.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.AskingForEnglish();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>(AccessKeySettings.Of(Users.Values))
        {
            ["Huli:Profile"] = "embedded",
            ["Huli:DataPath"] = DataPath,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
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
