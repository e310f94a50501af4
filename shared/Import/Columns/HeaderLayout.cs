using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import;

/// <summary>A CSV or XLSX header row matched against a <see cref="ColumnMap"/>: which column gives which field,
/// and what is wrong with the header as a whole.</summary>
internal sealed class HeaderLayout
{
    private readonly string?[] fieldByIndex;

    private HeaderLayout(IReadOnlyList<HeaderColumn> columns, IReadOnlyList<FileProblem> problems, int width)
    {
        Columns = columns;
        Problems = problems;
        Width = width;
        fieldByIndex = new string?[width];
        foreach (var column in columns)
        {
            fieldByIndex[column.Index] = column.Field;
        }
    }

    public IReadOnlyList<HeaderColumn> Columns { get; }

    public IReadOnlyList<FileProblem> Problems { get; }

    /// <summary>The number of cells up to the last named column; rows are measured against it.</summary>
    public int Width { get; }

    /// <param name="headings">The header row's cells by 0-based column; null or blank where there is no heading.</param>
    public static HeaderLayout Match(IReadOnlyList<string?> headings, ColumnMap map)
    {
        var columns = new List<HeaderColumn>();
        var problems = new List<FileProblem>();
        var firstColumnOf = new Dictionary<string, HeaderColumn>(StringComparer.OrdinalIgnoreCase);
        var width = 0;
        var firstNamed = -1;
        for (var index = 0; index < headings.Count; index++)
        {
            if (Cells.Clean(headings[index]) is not null)
            {
                width = index + 1;
                firstNamed = firstNamed < 0 ? index : firstNamed;
            }
        }

        for (var index = 0; index < width; index++)
        {
            var heading = Cells.Clean(headings[index]);
            var letter = ColumnLetters.From(index);
            if (heading is null)
            {
                // Blank columns before the table (one starting in column B) are layout, not lost data.
                if (index < firstNamed)
                {
                    continue;
                }

                problems.Add(new FileProblem(FileProblemKind.UnnamedColumn, null,
                    new LocalText($"第 {letter} 列没有标题，已忽略其中的单元格。", $"Column {letter} has no heading; its cells were ignored.")));
                continue;
            }

            if (!map.TryMatch(heading, out var definition))
            {
                columns.Add(new HeaderColumn(index, heading, null));
                problems.Add(new FileProblem(FileProblemKind.UnknownColumn, heading,
                    new LocalText(
                        $"第 {letter} 列“{heading}”不是可识别的列，已忽略。",
                        $"Column {letter} \"{heading}\" is not a column we know; it was ignored.")));
                continue;
            }

            if (firstColumnOf.TryGetValue(definition.Field, out var first))
            {
                columns.Add(new HeaderColumn(index, heading, null));
                problems.Add(new FileProblem(FileProblemKind.DuplicateColumn, definition.Field,
                    new LocalText(
                        $"第 {first.Letter} 列“{first.Heading}”和第 {letter} 列“{heading}”都对应 {definition.Field}，请只保留其中一列。",
                        $"Columns {first.Letter} \"{first.Heading}\" and {letter} \"{heading}\" both give the {definition.Field}; keep only one of them.")));
                continue;
            }

            var column = new HeaderColumn(index, heading, definition.Field);
            firstColumnOf[definition.Field] = column;
            columns.Add(column);
        }

        foreach (var definition in map.Columns.Where(definition => definition.Required && !firstColumnOf.ContainsKey(definition.Field)))
        {
            problems.Add(new FileProblem(FileProblemKind.MissingColumn, definition.Field,
                new LocalText(
                    $"缺少必需的列“{definition.Field}”：表头须有一列名为 {Naming.OneOf(definition.AcceptedHeadings, "或")}。",
                    $"The required column \"{definition.Field}\" is missing: the header needs a column named {Naming.OneOf(definition.AcceptedHeadings)}.")));
        }

        return new HeaderLayout(columns, problems, width);
    }

    /// <summary>The field that column <paramref name="index"/> gives, if any.</summary>
    public string? FieldAt(int index) => index < fieldByIndex.Length ? fieldByIndex[index] : null;
}
