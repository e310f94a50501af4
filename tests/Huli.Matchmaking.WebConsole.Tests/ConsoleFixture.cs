using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>One host and one browser for a test class, with the institute's results already listed so that the
/// needs the tests post have something to match. A test class that needs the host configured otherwise derives
/// one with its settings.</summary>
public class ConsoleFixture : IAsyncLifetime
{
    public ConsoleFixture()
        : this(null)
    {
    }

    protected ConsoleFixture(IReadOnlyDictionary<string, string?>? settings) => Host = new(settings);

    public ConsoleHost Host { get; }

    public Browser Browser { get; } = new();

    public virtual async Task InitializeAsync()
    {
        Host.Start();
        await Browser.InitializeAsync();
        var institute = Host.ClientFor(ConsoleHost.Institute);
        foreach (var result in Samples.Results)
        {
            (await institute.PostAsJsonAsync("/api/results", result)).EnsureSuccessStatusCode();
        }
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Host.DisposeAsync();
    }

    /// <summary>Opens the console and signs in through its form, as a person would.</summary>
    public async Task<IPage> SignInAsync(ConsoleUser user)
    {
        var page = await Browser.NewPageAsync(Host.Address);
        var form = page.Locator("[data-test=sign-in]");
        await form.Locator("[name=user]").FillAsync(user.Name);
        await form.Locator("[name=password]").FillAsync(user.Password);
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(user.Name);
        return page;
    }

    /// <summary>Posts a need through the API and waits until the Alliance holds its pairing with the machine-vision
    /// result at the top. A first ranking can come from an index that has not taken in every result yet; the
    /// next one settles the order, and the tests need the pairing that stays.</summary>
    public async Task<(Guid NeedId, JsonNode TopPairing)> PostNeedAndWaitForPairingAsync(object need)
    {
        var response = await Host.ClientFor(ConsoleHost.Enterprise).PostAsJsonAsync("/api/needs", need);
        response.EnsureSuccessStatusCode();
        var needId = (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<Guid>();
        var coordinator = Host.ClientFor(ConsoleHost.Coordinator);
        var top = await Eventually.GetAsync(async () =>
        {
            var page = await coordinator.GetFromJsonAsync<JsonNode>($"/api/alliance/pairings?needId={needId}&pageSize=1");
            var first = page!["pairings"]!.AsArray().FirstOrDefault();
            return first?["resultTitle"]!.GetValue<string>() == Samples.MachineVisionTitle ? first : null;
        }, $"the machine-vision result at the top of need {needId}'s pairings");
        return (needId, top);
    }
}
