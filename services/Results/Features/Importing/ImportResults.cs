using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Import;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.Sorting;
using Mediator;

namespace Huli.Matchmaking.Results.Features.Importing;

/// <summary>Imports a CSV (UTF-8 or GB18030), XLSX or JSON Lines file of results. Each good row is listed as if
/// sent over the API, matched by external id, so importing the same file again changes nothing; each bad row
/// is reported and skipped. A file that cannot be read at all (unknown format, a required column missing) is
/// refused whole.</summary>
public sealed record ImportResults(Stream File, string FileName, Caller Caller) : ICommand<Outcome<ImportReport>>;

internal sealed class ImportResultsHandler(ResultListing listing, ResultsDbContext db) : ICommandHandler<ImportResults, Outcome<ImportReport>>
{
    /// <summary>Rows listed per commit: large enough that a 100,000-row file is fifty commits (each Lucene commit
    /// writes a segment that later merges cost CPU to fold in; 500 a batch made that most of an import's work),
    /// small enough that a stop loses at most one batch's worth of unsaved work (re-importing redoes it).</summary>
    private const int BatchSize = 2000;

    /// <summary>Batches grow from this size to <see cref="BatchSize"/>, doubling. Listing runs on one core and
    /// cannot start before the file's first batch is sorted: a first batch of 2,000 kept it waiting 0.3 s of each
    /// 5,000-row file's 2 s, while a small one is sorted in a few hundredths of a second and listed while the
    /// next, larger one is sorted.</summary>
    private const int FirstBatchSize = 250;

    public async ValueTask<Outcome<ImportReport>> Handle(ImportResults command, CancellationToken cancellationToken)
    {
        var (opened, refusal) = await RecordFile.OpenUploadAsync(command.File, command.FileName, ResultColumns.Map, cancellationToken);
        if (opened is null)
        {
            return Outcome<ImportReport>.Invalid(refusal!);
        }

        await using var file = opened;

        var tally = new ImportTally();
        var batchSize = FirstBatchSize;
        var batch = new List<(ResultInput Input, Caller Caller)>(batchSize);
        SortedBatch? waiting = null;
        try
        {
            await foreach (var row in file.ReadRowsAsync(cancellationToken))
            {
                var result = new ResultRow(row);
                if (result.ToInput(command.Caller) is { } input)
                {
                    batch.Add((input, command.Caller));
                    if (batch.Count == batchSize)
                    {
                        waiting = await ListBehindAsync(waiting, SortedBatch.Start(batch), tally, cancellationToken);
                        batchSize = Math.Min(2 * batchSize, BatchSize);
                        batch = new List<(ResultInput Input, Caller Caller)>(batchSize);
                    }
                }
                else
                {
                    tally.Reject(row.RowNumber, result.Problems);
                }
            }
        }
        catch (RecordFileException damaged)
        {
            // A workbook can turn out damaged past its first rows. The good rows read before the damage are
            // stored (importing the repaired file finds them unchanged); the uploader learns how far it got, as
            // a problem, not a server error.
            await ListRestAsync(waiting, batch, tally, cancellationToken);
            var damage = LocalText.Join(damaged.Problems.Select(p => p.Message));
            return Outcome<ImportReport>.Invalid(new LocalText(
                $"{damage.Chinese}损坏处之前的 {tally.Stored} 项成果已保存；请导入修复后的文件以完成导入。",
                $"{damage.English} {tally.Stored} results before the damage were stored; import the repaired file to finish."));
        }

        await ListRestAsync(waiting, batch, tally, cancellationToken);
        return Outcome<ImportReport>.Ok(tally.Report(command.FileName, file.Header, file.Notices));
    }

    /// <summary>Lists the batch sorted before while the next one is being sorted: storing and indexing mostly
    /// use one core and sorting all of them, so overlapping the two keeps both cores busy.</summary>
    private async Task<SortedBatch> ListBehindAsync(SortedBatch? previous, SortedBatch next, ImportTally tally, CancellationToken cancellationToken)
    {
        if (previous is not null)
        {
            await ListAsync(previous, tally, cancellationToken);
        }

        return next;
    }

    /// <summary>Lists what is left once the rows end: the batch sorted last, then the rows read after it.</summary>
    private async Task ListRestAsync(
        SortedBatch? waiting, List<(ResultInput Input, Caller Caller)> rest, ImportTally tally, CancellationToken cancellationToken)
    {
        await ListAsync(await ListBehindAsync(waiting, SortedBatch.Start(rest), tally, cancellationToken), tally, cancellationToken);
        await listing.FinishIndexingAsync();
    }

    private async Task ListAsync(SortedBatch batch, ImportTally tally, CancellationToken cancellationToken)
    {
        if (batch.Rows.Count == 0)
        {
            return;
        }

        foreach (var effect in await listing.ListManyAsync(batch.Rows, await batch.Sortings, RecordSource.File, cancellationToken))
        {
            tally.Count(effect);
        }

        // Everything of the batch is saved. Forgetting it keeps a 100,000-row file from growing the tracker, and
        // the batch's index write, still running, reads these records: a later row for one of them loads its own.
        db.ChangeTracker.Clear();
    }

    /// <summary>A batch of rows and their sorting, started on a thread of its own: queued on the thread pool,
    /// a sort waited up to 0.3 s for a thread while listing and the Matcher held the pool's.</summary>
    private sealed record SortedBatch(IReadOnlyList<(ResultInput Input, Caller Caller)> Rows, Task<IReadOnlyList<RecordSorting>> Sortings)
    {
        public static SortedBatch Start(IReadOnlyList<(ResultInput Input, Caller Caller)> rows) =>
            new(rows, rows.Count == 0
                ? Task.FromResult<IReadOnlyList<RecordSorting>>([])
                : Task.Factory.StartNew(() => ResultListing.Sort(rows), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }
}
