namespace Huli.Matchmaking.Import;

/// <summary>A canonical field and the headings that name it.</summary>
public sealed record ColumnDefinition(string Field, IReadOnlyList<string> Aliases, bool Required)
{
    /// <summary>The headings a person may use, for messages: the field name and its aliases, each spelling once.</summary>
    public IReadOnlyList<string> AcceptedHeadings
    {
        get
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return Aliases.Append(Field).Where(heading => seen.Add(HeadingKey.Normalize(heading))).ToList();
        }
    }
}
