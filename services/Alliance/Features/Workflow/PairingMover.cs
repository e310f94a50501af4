using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Inbox;
using Huli.Matchmaking.Alliance.Features.Matches;
using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.Contracts;
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
                return Outcome<PairingDetails>.Conflict(
                    $"You expected version {expected}; {await LastMoveAsync(pairing, cancellationToken)} {WhereItStands(pairing)}");
            }

            var to = move.To!.Value;
            if (!PairingWorkflow.Allows(pairing.Status, to))
            {
                // Often the caller lost a race it did not know of (no expectedVersion): say who won, too.
                return Outcome<PairingDetails>.Conflict(
                    $"A pairing that is {StatusNames.Api(pairing.Status)} cannot move to {StatusNames.Api(to)}: {await LastMoveAsync(pairing, cancellationToken)} {WhereItStands(pairing)}");
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
                    return Outcome<PairingDetails>.Conflict(
                        $"Someone else moved this pairing first: {await LastMoveAsync(current, cancellationToken)} {WhereItStands(current)}");
                }

                if (attempt == Attempts)
                {
                    return Outcome<PairingDetails>.Conflict(
                        $"The pairing's ranking kept changing under this move; nobody moved it. Try again. {WhereItStands(current)}");
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

    private async Task<string> LastMoveAsync(Pairing pairing, CancellationToken cancellationToken)
    {
        var last = await db.Steps.AsNoTracking()
            .Where(s => s.PairingId == pairing.Id)
            .OrderByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return last is null
            ? "no one has moved it yet."
            : $"{last.By} moved it from {StatusNames.Api(last.From)} to {StatusNames.Api(last.To)} at {last.At:yyyy-MM-dd HH:mm:ss} UTC{(last.Notes is null ? "" : $" (\"{last.Notes}\")")}.";
    }

    private static string WhereItStands(Pairing pairing)
    {
        var moves = PairingWorkflow.AllowedMoves(pairing.Status);
        var allowed = moves.Count == 0 ? "none, it is final" : string.Join(", ", moves.Select(StatusNames.Api));
        return $"It is now {StatusNames.Api(pairing.Status)} (version {pairing.Version}); allowed moves: {allowed}.";
    }
}
