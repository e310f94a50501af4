using Huli.Matchmaking.Import;
using Huli.Matchmaking.Results.Features.Publishing;

namespace Huli.Matchmaking.Results.Features.Importing;

/// <summary>Counts what an import did, row by row.</summary>
internal sealed class ImportTally
{
    private readonly List<ImportProblem> problems = [];
    private int created;
    private int updated;
    private int unchanged;
    private int merged;
    private int rejected;

    /// <summary>Rows stored, whether new, changed, unchanged or merged.</summary>
    public int Stored => created + updated + unchanged + merged;

    public void Count(ListingEffect effect)
    {
        switch (effect)
        {
            case ListingEffect.Created:
                created++;
                break;
            case ListingEffect.Updated:
                updated++;
                break;
            case ListingEffect.Merged:
                merged++;
                break;
            default:
                unchanged++;
                break;
        }
    }

    public void Reject(int row, IReadOnlyList<RowProblem> rowProblems)
    {
        rejected++;
        problems.AddRange(ImportProblem.ForRow(row, rowProblems));
    }

    public ImportReport Report(string fileName, RecordFileHeader header, IReadOnlyList<FileProblem> notices) => new(
        Path.GetFileName(fileName),
        header.Format.ToString(),
        header.Encoding,
        created + updated + unchanged + merged + rejected,
        created,
        updated,
        unchanged,
        merged,
        rejected,
        problems,
        notices.Select(n => n.Message.ToString()).ToList());
}
