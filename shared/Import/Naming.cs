using System.Globalization;

namespace Huli.Matchmaking.Import;

/// <summary>Lists of names in messages.</summary>
internal static class Naming
{
    /// <summary>"标题", "标题 or title", "标题, 名称 or title"; in Chinese with <paramref name="or"/> "或".</summary>
    public static string OneOf(IReadOnlyList<string> names, string or = "or") => names.Count switch
    {
        0 => string.Empty,
        1 => Quoted(names[0]),
        _ => string.Join(", ", names.Take(names.Count - 1).Select(Quoted)) + $" {or} " + Quoted(names[^1]),
    };

    /// <summary>"1 cell", "9 cells".</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Quoted(string name) => $"\"{name}\"";
}
