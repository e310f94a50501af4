using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.Needs.Tests;

/// <summary>The Needs service on its own (its Program, as the distributed profile runs it) answers problems in
/// the caller's language, as the embedded host does.</summary>
public sealed class NeedProblemLanguageTests : IAsyncLifetime
{
    private readonly NeedsHostFactory host = new();

    public Task InitializeAsync() => host.Services.BusReadyAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(null, "部分字段填写有误。", "必填。")]
    [InlineData("en-US", "Some fields are not valid.", "Required.")]
    public async Task A_need_without_a_title_is_refused_in_the_callers_language(string? language, string title, string titleError)
    {
        var client = host.ClientFor("enterprise");
        client = language is null ? client.AskingForNoLanguage() : client.AskingFor(language);

        var response = await client.PostAsJsonAsync("/api/needs", new { title = "", description = "注塑件表面划痕检测。", fields = new[] { "smart-equipment" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal(titleError, Assert.Single(problem["errors"]!["title"]!.AsArray())!.GetValue<string>());
    }
}
