namespace Huli.Matchmaking.Sorting.Tests;

/// <summary>The shared evaluation data (../shared/data next to the repository), read in place.</summary>
internal static class SharedData
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "csl-needs-dev", "corpus.jsonl")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/data/csl-needs-dev/corpus.jsonl above {AppContext.BaseDirectory}: the shared evaluation data "
            + "must sit next to the repository (../shared/data).");
    }
}
