namespace Huli.Matchmaking.Search.Tests;

/// <summary>Builds search documents from space-separated tokens, to keep the tests readable.</summary>
internal static class Docs
{
    public static SearchDocument Make(
        string id,
        string title = "",
        string keywords = "",
        string text = "",
        IReadOnlyDictionary<string, IReadOnlyList<string>>? facets = null,
        DateTimeOffset? date = null)
    {
        return new SearchDocument(id, Tokens(title), Tokens(keywords), Tokens(text),
            facets ?? new Dictionary<string, IReadOnlyList<string>>(), date);
    }

    public static IReadOnlyList<string> Tokens(string spaceSeparated)
    {
        return spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static SearchRequest Query(string spaceSeparated, int top = 10) => new(Tokens(spaceSeparated), top);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Facets(params (string Key, string[] Values)[] pairs)
    {
        return pairs.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Values);
    }

    /// <summary>A day in 2024 at noon China time, so that dates read naturally in the tests.</summary>
    public static DateTimeOffset Day(int month, int day) => new(2024, month, day, 12, 0, 0, TimeSpan.FromHours(8));
}
