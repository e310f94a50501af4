using Huli.Matchmaking.Import;
using Huli.Matchmaking.Results.Features.Importing;

namespace Huli.Matchmaking.Importer;

/// <summary>The batches' answers and the rows rejected while reading, added up into one report about the
/// original file, every problem numbered by its row there.</summary>
/// <param name="totalRows">The rows the file holds, of which <see cref="RowsDone"/> have been answered for.</param>
internal sealed class FinalReport(string fileName, RecordFileHeader header, int totalRows)
{
    private readonly List<ImportProblem> problems = [];
    private readonly List<string> notices = [];
    private int created;
    private int updated;
    private int unchanged;
    private int merged;
    private int rejected;

    public int TotalRows => totalRows;

    public int RowsDone => created + updated + unchanged + merged + rejected;

    /// <summary>Whether any batch was answered, so the API holds something of this run.</summary>
    public bool AnyBatchAnswered { get; private set; }

    /// <summary>A row the reader already found wrong (too many cells, a broken quote): it is not sent.</summary>
    public void RejectRead(ImportRow row)
    {
        rejected++;
        problems.AddRange(ImportProblem.ForRow(row.RowNumber, row.Problems));
    }

    public void Add(RowBatch batch, ImportReport answer)
    {
        AnyBatchAnswered = true;
        created += answer.Created;
        updated += answer.Updated;
        unchanged += answer.Unchanged;
        merged += answer.Merged;
        rejected += answer.Rejected;
        problems.AddRange(answer.Problems.Select(problem => problem with { Row = batch.OriginalRow(problem.Row) }));
        Notice(answer.Notices);
    }

    public void Notice(IEnumerable<string> messages) => notices.AddRange(messages.Where(message => !notices.Contains(message)));

    public ImportReport ToImportReport() => new(
        fileName,
        header.Format.ToString(),
        header.Encoding,
        RowsDone,
        created,
        updated,
        unchanged,
        merged,
        rejected,
        problems.OrderBy(problem => problem.Row).ToList(),
        notices);
}
