using System.Globalization;
using System.Text.Json;

namespace Huli.Matchmaking.Evaluation;

/// <summary>One folder in the format of ../shared/data/README.md: corpus.jsonl, queries.jsonl, qrels.tsv.</summary>
public sealed record EvaluationSet(
    string Name,
    IReadOnlyList<EvaluationDocument> Corpus,
    IReadOnlyList<EvaluationQuery> Queries,
    Judgements Judgements)
{
    public static EvaluationSet Load(string folder)
    {
        var full = Path.GetFullPath(folder);
        var corpus = ReadLines(Path.Combine(full, "corpus.jsonl")).Select(EvaluationDocument.Parse).ToList();
        var queries = ReadLines(Path.Combine(full, "queries.jsonl")).Select(EvaluationQuery.Parse).ToList();
        var judgements = Judgements.Parse(File.ReadLines(Path.Combine(full, "qrels.tsv")));
        return new EvaluationSet(Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)), corpus, queries, judgements);
    }

    private static IEnumerable<JsonElement> ReadLines(string path) =>
        File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => JsonDocument.Parse(line).RootElement);
}

/// <summary>A research result of the corpus.</summary>
public sealed record EvaluationDocument(string Id, string Title, string Text, IReadOnlyList<string> Keywords)
{
    public static EvaluationDocument Parse(JsonElement json) => new(
        Json.Text(json, "doc_id"), Json.Text(json, "title"), Json.Text(json, "text"), Json.List(json, "keywords"));
}

/// <summary>A need (or a query paper). A faceted query's facet sentences are what it asks about, so the need's
/// text repeats them after the abstract.</summary>
public sealed record EvaluationQuery(string Id, string Title, string Text, IReadOnlyList<string> Keywords)
{
    public static EvaluationQuery Parse(JsonElement json)
    {
        var text = Json.Text(json, "text");
        var facet = Json.Text(json, "facet_text");
        return new EvaluationQuery(Json.Text(json, "qid"), Json.Text(json, "title"), facet.Length == 0 ? text : $"{text}\n{facet}", Json.List(json, "keywords"));
    }
}

/// <summary>The graded judgements, per query: document id to grade.</summary>
public sealed class Judgements(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> byQuery)
{
    public IReadOnlyDictionary<string, int> For(string queryId) =>
        byQuery.TryGetValue(queryId, out var grades) ? grades : new Dictionary<string, int>();

    public static Judgements Parse(IEnumerable<string> lines)
    {
        var byQuery = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var columns = line.Split('\t');
            if (!byQuery.TryGetValue(columns[0], out var grades))
            {
                byQuery[columns[0]] = grades = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            grades[columns[1]] = int.Parse(columns[2].Trim(), CultureInfo.InvariantCulture);
        }

        return new Judgements(byQuery.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal));
    }
}

internal static class Json
{
    public static string Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    public static IReadOnlyList<string> List(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
