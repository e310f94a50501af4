using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Import;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.Needs.Features.Posting;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Needs.Features.Importing;

/// <summary>Imports a CSV (UTF-8 or GB18030), XLSX or JSON Lines file of technical needs. Each good row is
/// validated and posted as if sent over the API, matched by external id within its enterprise (by title where
/// it has none), so importing the same file again changes nothing; each bad row is reported and skipped. An
/// enterprise imports its own needs; a coordinator names the enterprise on every row. A file that cannot be read
/// at all (unknown format, a required column missing) is refused whole.</summary>
public sealed record ImportNeeds(Stream File, string FileName, Caller Caller) : ICommand<Outcome<NeedImportReport>>;

internal sealed class ImportNeedsHandler(NeedPosting posting, NeedsDbContext db, TimeProvider clock)
    : ICommandHandler<ImportNeeds, Outcome<NeedImportReport>>
{
    /// <summary>Rows per commit, as for results: a stop loses at most one batch, which re-importing redoes.</summary>
    private const int BatchSize = 500;

    public async ValueTask<Outcome<NeedImportReport>> Handle(ImportNeeds command, CancellationToken cancellationToken)
    {
        var (opened, refusal) = await RecordFile.OpenUploadAsync(command.File, command.FileName, NeedColumns.Map, cancellationToken);
        if (opened is null)
        {
            return Outcome<NeedImportReport>.Invalid(refusal!);
        }

        await using var file = opened;

        var today = NeedDeadline.Today(clock);
        var tally = new NeedImportTally();
        var batch = new List<NeedInput>(BatchSize);
        try
        {
            await foreach (var row in file.ReadRowsAsync(cancellationToken))
            {
                var need = new NeedRow(row);
                if (need.ToInput(command.Caller, today) is { } input)
                {
                    batch.Add(input);
                    if (batch.Count == BatchSize)
                    {
                        await PostAsync(batch, command.Caller, tally, cancellationToken);
                    }
                }
                else
                {
                    tally.Reject(row.RowNumber, need.Problems);
                }
            }
        }
        catch (RecordFileException damaged)
        {
            // A workbook can turn out damaged past its first rows. What was stored stays (importing a repaired
            // file finds it unchanged); the uploader learns how far it got, as a problem, not a server error.
            var stored = tally.Stored;
            var damage = LocalText.Join(damaged.Problems.Select(p => p.Message));
            return Outcome<NeedImportReport>.Invalid(new LocalText(
                $"{damage.Chinese}损坏处之前的 {stored} 条需求已保存；请导入修复后的文件以完成导入。",
                $"{damage.English} {stored} needs before the damage were stored; import the repaired file to finish."));
        }

        await PostAsync(batch, command.Caller, tally, cancellationToken);
        return Outcome<NeedImportReport>.Ok(tally.Report(command.FileName, file.Header, file.Notices));
    }

    private async Task PostAsync(List<NeedInput> batch, Caller caller, NeedImportTally tally, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        foreach (var effect in await posting.PostManyAsync(batch, caller, RecordSource.File, cancellationToken))
        {
            tally.Count(effect);
        }

        batch.Clear();

        // Everything of the batch is saved; forgetting it keeps a large file from growing the tracker.
        db.ChangeTracker.Clear();
    }
}
