using System.Text.Json;

namespace Huli.Matchmaking.Needs.Tests;

/// <summary>The enterprise needs of ../shared/data/csl-needs-dev (written by companies in their own words), read
/// in place; the repository keeps no copy.</summary>
internal static class EvaluationNeeds
{
    public sealed record Need(string Id, string Title, string Text);

    public static IReadOnlyList<Need> Read()
    {
        var file = Path.Combine(RepositoryRoot(), "..", "shared", "data", "csl-needs-dev", "queries.jsonl");
        return File.ReadLines(file)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(need => new Need(need.GetProperty("qid").GetString()!, need.GetProperty("title").GetString()!, need.GetProperty("text").GetString()!))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Huli.Matchmaking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Huli.Matchmaking.sln above {AppContext.BaseDirectory}.");
    }
}
