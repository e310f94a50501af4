using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Testing;
using Npgsql;

namespace Huli.Matchmaking.EndToEnd.Tests;

/// <summary>The four services as separate processes on RabbitMQ and PostgreSQL, from a posted (sealed) need
/// to a coordinator's confirmation and on along the workflow, watched by a subscriber on the broker.</summary>
public sealed class DistributedFlowTests : IAsyncLifetime
{
    private static readonly string[] Services = ["Results", "Needs", "Matcher", "Alliance"];

    private readonly string run = Guid.NewGuid().ToString("N")[..10];
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "huli-e2e", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, ServiceProcess> services = [];
    private readonly Dictionary<string, string> keys = new()
    {
        ["institute"] = Guid.NewGuid().ToString("N"),
        ["enterprise"] = Guid.NewGuid().ToString("N"),
        ["coordinator"] = Guid.NewGuid().ToString("N"),
    };

    private TestVirtualHost vhost = null!;

    private BrokerSubscriber subscriber = null!;

    private string DatabasePrefix => $"huli_e2e_{run}_";

    public async Task InitializeAsync()
    {
        // Its own virtual host: the Members tests, run beside this one, publish needs and rankings on the broker too.
        vhost = await TestVirtualHost.CreateAsync(Servers.RabbitMqUrl, run);
        subscriber = await BrokerSubscriber.StartAsync(vhost.Url, $"e2e-{run}-subscriber");
        var environment = new Dictionary<string, string>
        {
            ["Huli__Profile"] = "distributed",
            ["Huli__DatabasePrefix"] = DatabasePrefix,
            ["Huli__Bus__EndpointPrefix"] = $"e2e-{run}",
            ["Huli__Bus__TemporaryQueues"] = "true",
            ["ConnectionStrings__RabbitMq"] = vhost.Url,
            ["ConnectionStrings__Postgres"] = Servers.Postgres,
        };
        string[][] users =
        [
            [keys["institute"], "lin.hua", "institute", "厦门理工学院机械与汽车工程学院"],
            [keys["enterprise"], "chen.jing", "enterprise", "厦门鑫宏泰精密塑胶有限公司"],
            [keys["coordinator"], "wang.fang", "coordinator", "湖里区科创联盟秘书处"],
        ];
        for (var i = 0; i < users.Length; i++)
        {
            environment[$"Huli__AccessKeys__{i}__Key"] = users[i][0];
            environment[$"Huli__AccessKeys__{i}__User"] = users[i][1];
            environment[$"Huli__AccessKeys__{i}__Role"] = users[i][2];
            environment[$"Huli__AccessKeys__{i}__Organisation"] = users[i][3];
        }

        foreach (var name in Services)
        {
            var folder = Directory.CreateDirectory(Path.Combine(dataPath, name)).FullName;
            services[name] = ServiceProcess.Start(name, environment, folder);
        }

        await Task.WhenAll(services.Values.Select(s => s.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120))));
    }

    public async Task DisposeAsync()
    {
        foreach (var service in services.Values)
        {
            await service.DisposeAsync();
        }

        await subscriber.DisposeAsync();
        await vhost.DisposeAsync();
        await DropDatabasesAsync();
        Directory.Delete(dataPath, recursive: true);
    }

    [Fact]
    public async Task A_sealed_need_posted_over_http_is_ranked_on_the_broker_confirmed_released_and_moved_on_by_a_coordinator()
    {
        var institute = Api.Client(services["Results"].Address, keys["institute"]);
        var vision = await institute.SendJsonAsync("/api/results", new
        {
            title = "基于深度学习的注塑件表面缺陷机器视觉检测系统",
            @abstract = "面向手机和家电注塑外壳，采用深度学习检测划痕、缩痕和飞边等表面缺陷，检测准确率99.3%，节拍1.5秒每件，已在两条注塑产线应用。",
            keywords = new[] { "机器视觉", "注塑件", "表面缺陷检测", "划痕" },
            fields = new[] { "smart-equipment" },
            trl = 7,
        });
        await institute.SendJsonAsync("/api/results", new
        {
            title = "PCB焊点缺陷自动光学检测",
            @abstract = "基于多角度光源与卷积网络的PCB焊点虚焊、连锡检测方法，检出率98.5%。",
            keywords = new[] { "PCB", "焊点", "光学检测" },
            fields = new[] { "electronic-information" },
            trl = 6,
        });
        var visionId = vision["id"]!.GetValue<Guid>();

        var enterprise = Api.Client(services["Needs"].Address, keys["enterprise"]);
        var need = await enterprise.SendJsonAsync("/api/needs", new
        {
            title = "注塑外壳表面划痕自动视觉检测",
            description = "我司家电注塑外壳依靠人工目检划痕，漏检率约3%，希望引进机器视觉检测设备，漏检率低于0.5%，预算60万元。",
            keywords = new[] { "注塑件", "划痕", "视觉检测" },
            fields = new[] { "smart-equipment" },
            confidentiality = "sealed",
        });
        var needId = need["id"]!.GetValue<Guid>();
        var needsAsInstitute = Api.Client(services["Needs"].Address, keys["institute"]);
        Assert.Null(await needsAsInstitute.GetOrNullAsync($"/api/needs/{needId}"));

        var ranking = await Api.EventuallyAsync(
            () => Task.FromResult(subscriber.Rankings.LastOrDefault(r => r.NeedId == needId && r.Results.Count > 0 && r.Results[0].ResultId == visionId)),
            "PairingsRanked with the machine-vision result first, at the broker subscriber");
        Assert.Contains("划痕", ranking.Results[0].MatchedTerms);

        var coordinator = Api.Client(services["Alliance"].Address, keys["coordinator"]);
        var pairing = await Api.EventuallyAsync(async () =>
        {
            var page = await coordinator.GetOrNullAsync($"/api/alliance/pairings?needId={needId}");
            return page?["pairings"]!.AsArray().FirstOrDefault(p => p!["resultId"]!.GetValue<Guid>() == visionId);
        }, "the pairing at the Alliance service");
        var pairingId = pairing["id"]!.GetValue<Guid>();

        var confirmed = await coordinator.SendJsonAsync($"/api/alliance/pairings/{pairingId}/confirm", null);
        Assert.Equal("confirmed", confirmed["status"]!.GetValue<string>());

        var confirmation = await Api.EventuallyAsync(
            () => Task.FromResult(subscriber.Confirmations.FirstOrDefault(c => c.PairingId == pairingId)),
            "PairingConfirmed at the broker subscriber");
        Assert.Equal(needId, confirmation.NeedId);
        Assert.Equal(visionId, confirmation.ResultId);
        Assert.Equal("wang.fang", confirmation.ConfirmedBy);

        // The Needs service releases the sealed need to the matched institute once PairingConfirmed reaches it.
        var released = await Api.EventuallyAsync(() => needsAsInstitute.GetOrNullAsync($"/api/needs/{needId}"), "the sealed need released to the institute");
        Assert.Contains("划痕", released["description"]!.GetValue<string>());

        var contacted = await coordinator.SendJsonAsync($"/api/alliance/pairings/{pairingId}/steps", new { to = "contacted", expectedVersion = 1, notes = "已电话沟通" });
        Assert.Equal(["confirmed", "contacted"], contacted["steps"]!.AsArray().Select(s => s!["to"]!.GetValue<string>()));
        var filtered = await coordinator.GetOrNullAsync("/api/alliance/pairings?field=smart-equipment&status=contacted&flagged=false");
        Assert.Equal(pairingId, Assert.Single(filtered!["pairings"]!.AsArray())!["id"]!.GetValue<Guid>());
        var funnel = await coordinator.GetOrNullAsync("/api/alliance/reports/funnel");
        Assert.Equal(1, funnel!["stages"]!.AsArray().Single(s => s!["state"]!.GetValue<string>() == "contacted")!["count"]!.GetValue<int>());
        var inbox = await Api.Client(services["Alliance"].Address, keys["enterprise"]).GetOrNullAsync("/api/alliance/inbox");
        Assert.Equal("对接进度：已联系", inbox!["entries"]![0]!["titleZh"]!.GetValue<string>());
        var matches = await Api.Client(services["Alliance"].Address, keys["institute"]).GetOrNullAsync("/api/alliance/institute/matches");
        Assert.False(matches!["matches"]!.AsArray().Single(m => m!["pairingId"]!.GetValue<Guid>() == pairingId)!["sealed"]!.GetValue<bool>());
    }

    private async Task DropDatabasesAsync()
    {
        await using var connection = new NpgsqlConnection($"{Servers.Postgres.TrimEnd(';')};Database=postgres");
        await connection.OpenAsync();
        foreach (var name in Services)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabasePrefix}{name.ToLowerInvariant()}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
