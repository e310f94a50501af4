using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Inbox;
using Huli.Matchmaking.Alliance.Features.Matches;
using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

/// <summary>Moves a pairing one step, as <see cref="PairingWorkflow"/> allows: records the step, tells the
/// enterprise and the institute (inbox and event) and, on confirmation, lets the Needs service release a sealed
/// need. Confirm, reject and the general step endpoint all come through here.</summary>
public sealed class PairingMover(AllianceDbContext db, OutboxSignal<AllianceDbContext> outbox, TimeProvider clock)
{
    /// <summary>A ranking rewriting the pairing's rank between our read and our write also trips the version
    /// check without anyone having moved it; the move is then simply tried again.</summary>
    private const int Attempts = 3;

    public async Task<Outcome<PairingDetails>> MoveAsync(Guid id, PairingMove move, Caller caller, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var pairing = await db.Pairings.FindAsync([id], cancellationToken);
            if (pairing is null)
            {
                return Outcome<PairingDetails>.NotFound();
            }

            if (move.ExpectedVersion is { } expected && expected != pairing.Version)
            {
                var (last, stands) = (await LastMoveAsync(pairing, cancellationToken), WhereItStands(pairing));
                return Outcome<PairingDetails>.Conflict(new LocalText(
                    $"您预期的版本是 {expected}；{last.Chinese}{stands.Chinese}",
                    $"You expected version {expected}; {last.English} {stands.English}"));
            }

            var to = move.To!.Value;
            if (!PairingWorkflow.Allows(pairing.Status, to))
            {
                // Often the caller lost a race it did not know of (no expectedVersion): say who won, too.
                var (last, stands) = (await LastMoveAsync(pairing, cancellationToken), WhereItStands(pairing));
                return Outcome<PairingDetails>.Conflict(new LocalText(
                    $"处于 {StatusNames.Api(pairing.Status)} 的配对不能转到 {StatusNames.Api(to)}：{last.Chinese}{stands.Chinese}",
                    $"A pairing that is {StatusNames.Api(pairing.Status)} cannot move to {StatusNames.Api(to)}: {last.English} {stands.English}"));
            }

            var loadedVersion = pairing.Version;
            var need = await db.Needs.FindAsync([pairing.NeedId], cancellationToken);
            Apply(pairing, need, move, to, caller);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                outbox.Notify();
                return Outcome<PairingDetails>.Ok(await PairingDetails.LoadAsync(db, pairing, cancellationToken));
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var current = await db.Pairings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
                if (current is null)
                {
                    return Outcome<PairingDetails>.NotFound();
                }

                if (current.Version != loadedVersion)
                {
                    var (last, stands) = (await LastMoveAsync(current, cancellationToken), WhereItStands(current));
                    return Outcome<PairingDetails>.Conflict(new LocalText(
                        $"已有他人先操作了这个配对：{last.Chinese}{stands.Chinese}",
                        $"Someone else moved this pairing first: {last.English} {stands.English}"));
                }

                if (attempt == Attempts)
                {
                    var stands = WhereItStands(current);
                    return Outcome<PairingDetails>.Conflict(new LocalText(
                        $"操作期间该配对的排名一直在变化，未能完成，也没有其他人操作它。请重试。{stands.Chinese}",
                        $"The pairing's ranking kept changing under this move; nobody moved it. Try again. {stands.English}"));
                }
            }
        }
    }

    private void Apply(Pairing pairing, PairedNeed? need, PairingMove move, PairingStatus to, Caller caller)
    {
        var now = clock.GetUtcNow();
        var reason = move.Reason?.Trim();
        var step = new PairingStep
        {
            PairingId = pairing.Id,
            From = pairing.Status,
            To = to,
            By = caller.User,
            At = now,
            Notes = string.IsNullOrWhiteSpace(move.Notes) ? reason : move.Notes.Trim(),
        };
        switch (to)
        {
            case PairingStatus.Confirmed:
                pairing.DecidedBy = caller.User;
                pairing.DecidedAt = now;
                pairing.ConfirmedAt = now;
                break;
            case PairingStatus.Rejected:
                pairing.DecidedBy = caller.User;
                pairing.DecidedAt = now;
                pairing.RejectionReason = reason;
                break;
            case PairingStatus.ContractSigned:
                pairing.ContractAmount = step.ContractAmount = move.Contract!.Amount;
                pairing.ContractType = step.ContractType = move.Contract.Type;
                break;
            case PairingStatus.Closed:
                pairing.CloseReason = reason;
                break;
        }

        // A pairing confirmed before ConfirmedAt was recorded keeps its release once it moves on.
        pairing.ConfirmedAt ??= pairing.WasConfirmed ? pairing.DecidedAt : null;
        pairing.Status = to;
        pairing.StateSince = now;
        pairing.FlaggedAt = null;
        pairing.Version++;
        db.Steps.Add(step);
        db.Inbox.AddRange(PairingNotices.Moved(pairing, step, MatchVisibility.MaySee(pairing, need)));
        db.Enqueue(new PairingAdvanced(
            pairing.Id, pairing.NeedId, pairing.ResultId, step.From, to, step.By, now, step.Notes, pairing.Enterprise, pairing.Institute, pairing.Version), clock);
        if (to == PairingStatus.Confirmed)
        {
            db.Enqueue(new PairingConfirmed(pairing.Id, pairing.NeedId, pairing.ResultId, caller.User, now, pairing.Institute), clock);
        }
        else if (to == PairingStatus.Rejected)
        {
            db.Enqueue(new PairingRejected(pairing.Id, pairing.NeedId, pairing.ResultId, reason!, caller.User, now), clock);
        }
    }

    private async Task<LocalText> LastMoveAsync(Pairing pairing, CancellationToken cancellationToken)
    {
        var last = await db.Steps.AsNoTracking()
            .Where(s => s.PairingId == pairing.Id)
            .OrderByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return new LocalText("尚无人操作过它。", "no one has moved it yet.");
        }

        var (from, to, at) = (StatusNames.Api(last.From), StatusNames.Api(last.To), $"{last.At:yyyy-MM-dd HH:mm:ss} UTC");
        return new LocalText(
            $"{last.By} 于 {at} 将它从 {from} 转到 {to}{(last.Notes is null ? "" : $"（“{last.Notes}”）")}。",
            $"{last.By} moved it from {from} to {to} at {at}{(last.Notes is null ? "" : $" (\"{last.Notes}\")")}.");
    }

    private static LocalText WhereItStands(Pairing pairing)
    {
        var moves = PairingWorkflow.AllowedMoves(pairing.Status);
        var allowed = string.Join(", ", moves.Select(StatusNames.Api));
        var status = StatusNames.Api(pairing.Status);
        return new LocalText(
            $"它现在是 {status}（版本 {pairing.Version}）；可进行的操作：{(moves.Count == 0 ? "无，已是最终状态" : allowed)}。",
            $"It is now {status} (version {pairing.Version}); allowed moves: {(moves.Count == 0 ? "none, it is final" : allowed)}.");
    }
}
