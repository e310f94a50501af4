using System.Text.Json;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.EndToEnd.Tests;

/// <summary>The embedded host as `make run` starts it: one process, its shipped settings, the demo set seeded
/// into a data folder under the working directory.</summary>
public sealed class EmbeddedDemoTests : IAsyncLifetime
{
    private readonly string workingDirectory = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "huli-e2e", Guid.NewGuid().ToString("N"))).FullName;

    private ServiceProcess host = null!;

    public async Task InitializeAsync() => host = await StartHostAsync();

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(workingDirectory, recursive: true);
    }

    [Fact]
    public async Task The_demo_ranks_the_machine_vision_result_first_for_the_scratch_inspection_need_and_survives_a_restart()
    {
        var demoNeed = DemoRecord("demo-needs.json", "demo-n-001");
        var demoResult = DemoRecord("demo-results.json", "demo-r-020");
        var users = DemoUsers();
        var enterprise = Api.Client(host.Address, users["ENTERPRISE_KEY"]);
        var coordinator = Api.Client(host.Address, users["COORDINATOR_KEY"]);

        var needId = await FindNeedAsync(enterprise, demoNeed["title"]!.GetValue<string>());
        var top = await Api.EventuallyAsync(async () =>
        {
            var ranking = await coordinator.GetOrNullAsync($"/api/matcher/needs/{needId}/ranking");
            var first = ranking?["results"]!.AsArray().FirstOrDefault();
            return first?["title"]!.GetValue<string>() == demoResult["title"]!.GetValue<string>() ? first : null;
        }, "the demo's machine-vision result at the top of the scratch-inspection need's ranking");
        var resultId = top["resultId"]!.GetValue<Guid>();

        var pairing = await Api.EventuallyAsync(async () =>
        {
            var page = await coordinator.GetOrNullAsync($"/api/alliance/pairings?needId={needId}&pageSize=1");
            var first = page?["pairings"]!.AsArray().FirstOrDefault();
            return first?["resultId"]!.GetValue<Guid>() == resultId ? first : null;
        }, "the top pairing at the coordinators' queue");
        await coordinator.SendJsonAsync($"/api/alliance/pairings/{pairing["id"]}/confirm", null);

        // Stop only once the first start has seeded everything, or the restart rightly adds what was left.
        await Api.EventuallyAsync(
            () => Task.FromResult(host.Output.Contains("55 of 55 records added", StringComparison.Ordinal) ? host.Output : null),
            "the first start's demo seeding to finish");
        await host.DisposeAsync();
        host = await StartHostAsync();
        Assert.Contains("0 of 55 records added", await Api.EventuallyAsync(
            () => Task.FromResult(host.Output.Contains("records added", StringComparison.Ordinal) ? host.Output : null),
            "the demo seeder's report after the restart"));

        coordinator = Api.Client(host.Address, users["COORDINATOR_KEY"]);
        var again = await coordinator.GetOrNullAsync($"/api/alliance/pairings/{pairing["id"]}");
        Assert.Equal("confirmed", again!["status"]!.GetValue<string>());
        var sameNeed = await FindNeedAsync(Api.Client(host.Address, users["ENTERPRISE_KEY"]), demoNeed["title"]!.GetValue<string>());
        Assert.Equal(needId, sameNeed);
    }

    private async Task<ServiceProcess> StartHostAsync()
    {
        var process = ServiceProcess.Start("Host", new Dictionary<string, string>(), workingDirectory);
        await process.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120));
        return process;
    }

    private static async Task<Guid> FindNeedAsync(HttpClient client, string title) =>
        await Api.EventuallyAsync(async () =>
        {
            var page = await client.GetOrNullAsync($"/api/needs?q={Uri.EscapeDataString(title)}");
            var hit = page?["hits"]!.AsArray().FirstOrDefault(h => h!["title"]!.GetValue<string>() == title);
            return hit?["id"]!.GetValue<Guid>().ToString();
        }, $"the demo need '{title}'") is var id ? Guid.Parse(id) : Guid.Empty;

    private Dictionary<string, string> DemoUsers() =>
        File.ReadAllLines(Path.Combine(workingDirectory, "data", "demo-users.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);

    private static JsonNode DemoRecord(string file, string externalId) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "services", "Host", "Demo", file)))!
            .AsArray()
            .First(r => r!["externalId"]!.GetValue<string>() == externalId)!;
}
