namespace Huli.Matchmaking.Import;

/// <summary>One named column of the header.</summary>
/// <param name="Index">0-based position in the row.</param>
/// <param name="Heading">The heading as written.</param>
/// <param name="Field">The field it gives, or null when the column is ignored.</param>
public sealed record HeaderColumn(int Index, string Heading, string? Field)
{
    /// <summary>The spreadsheet letter of the column ("A", "AB").</summary>
    public string Letter => ColumnLetters.From(Index);
}
