using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huli.Matchmaking.Host.Demo;

/// <summary>The demo results and needs shipped beside the host.</summary>
internal sealed record DemoSet(IReadOnlyList<DemoResult> Results, IReadOnlyList<DemoNeed> Needs)
{
    /// <summary>The result the demo users' institute stands for: the machine-vision one the first need is about.</summary>
    public const string FeaturedResult = "demo-r-020";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static DemoSet Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Demo");
        return new DemoSet(
            Read<DemoResult>(Path.Combine(folder, "demo-results.json")),
            Read<DemoNeed>(Path.Combine(folder, "demo-needs.json")));
    }

    public string FeaturedInstitute =>
        (Results.FirstOrDefault(r => r.ExternalId == FeaturedResult) ?? Results[0]).Institute;

    private static List<T> Read<T>(string path) =>
        JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Json) ?? [];
}
