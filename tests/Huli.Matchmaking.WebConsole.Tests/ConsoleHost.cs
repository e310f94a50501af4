using System.Net;
using System.Net.Http.Headers;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>The embedded host in this process, on a real Kestrel port on loopback so a browser can reach it, with a
/// fresh data folder, its real in-memory bus and one test user per role; with <c>demo</c>, also the demo set and
/// demo users `make run` starts with.</summary>
public sealed class ConsoleHost(IReadOnlyDictionary<string, string?>? extraSettings = null, bool demo = false) : WebApplicationFactory<Host.Program>
{
    public static readonly ConsoleUser Enterprise = new("qiye.test", Roles.Enterprise, "厦门测试精密塑胶有限公司");
    public static readonly ConsoleUser Institute = new("yuansuo.test", Roles.Institute, "厦门理工学院测试实验室");
    public static readonly ConsoleUser Coordinator = new("xietiao.test", Roles.Coordinator, "联盟秘书处");
    public static readonly ConsoleUser MemberAdmin = new("chengyuan.test", Roles.MemberAdmin, "联盟秘书处");

    private static readonly ConsoleUser[] Users = [Enterprise, Institute, Coordinator, MemberAdmin];

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "huli-console-tests", Guid.NewGuid().ToString("N"));

    public Uri Address { get; private set; } = null!;

    public Uri Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return Address = new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The demo's users come from its own file; test users under the same indexes would replace them.
        var keys = demo ? [] : Users.Select(u => u.ToAccessKey()).ToList();
        var settings = AccessKeySettings.Of(keys);
        for (var i = 0; i < keys.Count; i++)
        {
            settings[$"Huli:AccessKeys:{i}:PasswordHash"] = keys[i].PasswordHash;
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.UseSetting("Huli:Profile", "embedded");
        builder.UseSetting("Huli:DataPath", DataPath);
        builder.UseSetting("Huli:Demo:Enabled", demo ? "true" : "false");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }

    public HttpClient ClientFor(ConsoleUser user)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Key);
        return client.AskingForEnglish();
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
