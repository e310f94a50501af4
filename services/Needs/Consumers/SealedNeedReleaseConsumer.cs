using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using MassTransit;

namespace Huli.Matchmaking.Needs.Consumers;

/// <summary>A coordinator confirmed a pairing: record a release of the need to the pairing's institute, which
/// then reads a sealed need in full and finds it in search. Every confirmation is recorded (a need turned sealed
/// later stays open to the institutes already confirmed); <see cref="NeedVisibility"/> honours releases of
/// sealed needs only. Idempotent: a release on record is not recorded again.</summary>
public sealed class SealedNeedReleaseConsumer(NeedsDbContext db, RecordChanges<NeedsDbContext, Need> changes) : IConsumer<PairingConfirmed>
{
    public async Task Consume(ConsumeContext<PairingConfirmed> context)
    {
        var message = context.Message;
        if (string.IsNullOrWhiteSpace(message.Institute))
        {
            return;
        }

        var need = await db.Needs.FindAsync([message.NeedId], context.CancellationToken);
        if (need is null || need.ReleasedTo.Contains(message.Institute))
        {
            return;
        }

        // The audience in the search index changes, so the version moves for the index's crash catch-up; no
        // NeedPublished goes out, as nothing other services keep has changed.
        need.ReleasedTo.Add(message.Institute);
        need.Version++;
        await changes.CommitStagedAsync([need], context.CancellationToken);
    }
}
