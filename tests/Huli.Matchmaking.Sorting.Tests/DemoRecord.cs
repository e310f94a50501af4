using System.Text.Json;

namespace Huli.Matchmaking.Sorting.Tests;

/// <summary>A research result or need of the demo set, with the fields, keywords and language its author gave.</summary>
public sealed record DemoRecord(
    string Id, string Title, string Text, IReadOnlyList<string> Keywords, IReadOnlyList<string> Fields, string Language)
{
    private static readonly Lazy<IReadOnlyList<DemoRecord>> LoadedResults = new(() => Load("demo-results.json", "abstract"));
    private static readonly Lazy<IReadOnlyList<DemoRecord>> LoadedNeeds = new(() => Load("demo-needs.json", "description"));

    public static IReadOnlyList<DemoRecord> Results => LoadedResults.Value;

    public static IReadOnlyList<DemoRecord> Needs => LoadedNeeds.Value;

    public static IReadOnlyList<DemoRecord> All => [.. Results, .. Needs];

    public static DemoRecord Result(string id) => Results.Single(record => record.Id == id);

    public override string ToString() => $"{Id} {Title}";

    private static List<DemoRecord> Load(string file, string textProperty)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Demo", file)));
        return document.RootElement.EnumerateArray()
            .Select(record => new DemoRecord(
                record.GetProperty("externalId").GetString()!,
                record.GetProperty("title").GetString()!,
                record.GetProperty(textProperty).GetString()!,
                Strings(record.GetProperty("keywords")),
                Strings(record.GetProperty("fields")),
                record.GetProperty("language").GetString()!))
            .ToList();
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!).ToList();
}
