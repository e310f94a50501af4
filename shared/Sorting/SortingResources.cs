namespace Huli.Matchmaking.Sorting;

/// <summary>Where the csproj copies this library's data files, and jieba's IDF table that TextAnalysis copies.
/// Resolved from the application's base directory, not the working directory, so services started from any
/// folder (or by a test host) find them.</summary>
internal static class SortingResources
{
    public static string TaxonomyPath { get; } =
        Path.Combine(AppContext.BaseDirectory, "Sorting", "industry-fields.json");

    public static string GenericWordsPath { get; } =
        Path.Combine(AppContext.BaseDirectory, "Sorting", "generic-words.txt");

    public static string JiebaIdfPath { get; } = Path.Combine(AppContext.BaseDirectory, "Resources", "idf.txt");

    public static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Sorting data file '{path}' is missing. It is copied to the output folder by "
                + "Huli.Matchmaking.Sorting.csproj (or TextAnalysis' csproj for jieba's files); reference that "
                + "project instead of its assembly.",
                path);
        }
    }
}
