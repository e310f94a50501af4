using System.Diagnostics.CodeAnalysis;

namespace Huli.Matchmaking.Import;

/// <summary>The fields a caller wants from a file and the headings (or JSON property names) that name them.
/// Headings match ignoring case, surrounding spaces, full-width forms, spaces, underscores and hyphens, and a
/// trailing "(...)"/"（…）" annotation; a field's own name always matches it.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<string, ColumnDefinition> byKey;
    private readonly Dictionary<string, ColumnDefinition> byField;

    private ColumnMap(IReadOnlyList<ColumnDefinition> columns)
    {
        Columns = columns;
        byField = new Dictionary<string, ColumnDefinition>(StringComparer.OrdinalIgnoreCase);
        byKey = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (string.IsNullOrWhiteSpace(column.Field))
            {
                throw new ArgumentException("A column needs a field name.", nameof(columns));
            }

            if (!byField.TryAdd(column.Field, column))
            {
                throw new ArgumentException($"The field \"{column.Field}\" is defined twice.", nameof(columns));
            }

            foreach (var heading in column.Aliases.Append(column.Field))
            {
                var key = HeadingKey.Normalize(heading ?? throw new ArgumentException($"The field \"{column.Field}\" has a null alias.", nameof(columns)));
                if (key.Length == 0)
                {
                    throw new ArgumentException($"The alias \"{heading}\" of \"{column.Field}\" is blank once normalised.", nameof(columns));
                }

                if (byKey.TryGetValue(key, out var other) && other.Field != column.Field)
                {
                    throw new ArgumentException(
                        $"The heading \"{heading}\" would name both \"{other.Field}\" and \"{column.Field}\".", nameof(columns));
                }

                byKey[key] = column;
            }
        }
    }

    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public IEnumerable<string> Fields => Columns.Select(column => column.Field);

    /// <summary>A map where no column is required yet; see <see cref="Require"/>.</summary>
    public static ColumnMap Create(params (string Field, string[] Aliases)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new ColumnMap(columns.Select(column => new ColumnDefinition(column.Field, column.Aliases ?? [], false)).ToList());
    }

    /// <summary>A copy of this map in which a file without a column for each of <paramref name="fields"/> is
    /// refused as a whole (a JSON line without the property gets a row problem instead).</summary>
    public ColumnMap Require(params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            if (!byField.ContainsKey(field))
            {
                throw new ArgumentException($"\"{field}\" is not a field of this map.", nameof(fields));
            }
        }

        var required = new HashSet<string>(fields, StringComparer.OrdinalIgnoreCase);
        return new ColumnMap(Columns.Select(column => column with { Required = column.Required || required.Contains(column.Field) }).ToList());
    }

    /// <summary>The field that <paramref name="heading"/> names, if any.</summary>
    public bool TryMatch(string? heading, [NotNullWhen(true)] out ColumnDefinition? column)
    {
        column = null;
        return heading is not null && byKey.TryGetValue(HeadingKey.Normalize(heading), out column);
    }

    /// <summary>Cells for a new row: every field, null until read.</summary>
    internal Dictionary<string, string?> EmptyCells()
    {
        var cells = new Dictionary<string, string?>(Columns.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var column in Columns)
        {
            cells[column.Field] = null;
        }

        return cells;
    }
}
