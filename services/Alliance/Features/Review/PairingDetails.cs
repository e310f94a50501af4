using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Review;

/// <summary>A pairing as a coordinator reviews and moves it: the summary, plus what it may do next, how it got
/// there, and need and result side by side as far as the Alliance knows them.</summary>
public sealed record PairingDetails : PairingSummary
{
    private PairingDetails(PairingSummary summary)
        : base(summary)
    {
    }

    public required IReadOnlyList<PairingStatus> AllowedMoves { get; init; }

    public required IReadOnlyList<StepView> Steps { get; init; }

    public ContractView? Contract { get; init; }

    public string? CloseReason { get; init; }

    public required NeedView Need { get; init; }

    public required ResultView Result { get; init; }

    public static async Task<PairingDetails> LoadAsync(AllianceDbContext db, Pairing p, CancellationToken cancellationToken)
    {
        var steps = await db.Steps.AsNoTracking().Where(s => s.PairingId == p.Id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var need = await db.Needs.AsNoTracking().SingleOrDefaultAsync(n => n.NeedId == p.NeedId, cancellationToken);
        return new PairingDetails(From(p))
        {
            AllowedMoves = PairingWorkflow.AllowedMoves(p.Status),
            Steps = [.. steps.Select(s => new StepView(s.From, s.To, s.By, s.At, s.Notes))],
            Contract = p.ContractAmount is { } amount && p.ContractType is { } type ? new ContractView(amount, type) : null,
            CloseReason = p.CloseReason,
            Need = need is null
                ? new NeedView(p.NeedId, p.NeedTitle, null, p.NeedFields, null, null, null)
                : new NeedView(need.NeedId, need.Title, need.Description, need.Fields, need.TrlMin, need.TrlMax, need.Confidentiality),
            Result = new ResultView(p.ResultId, p.ResultTitle, null, p.Institute, p.ResultFields, p.ResultTrl),
        };
    }
}

public sealed record StepView(PairingStatus From, PairingStatus To, string By, DateTimeOffset At, string? Notes);

/// <summary>A signed contract: the amount in 万元 and the kind of transfer.</summary>
public sealed record ContractView(decimal Amount, CooperationMode Type);

/// <summary>The need's side; description, TRL range and confidentiality are null until its NeedPublished arrived.</summary>
public sealed record NeedView(
    Guid Id, string Title, string? Description, IReadOnlyList<string> Fields, int? TrlMin, int? TrlMax, NeedConfidentiality? Confidentiality);

/// <summary>The result's side. The Alliance keeps no abstracts (the Results service has them), so it is null.</summary>
public sealed record ResultView(Guid Id, string Title, string? Abstract, string Institute, IReadOnlyList<string> Fields, int? Trl);
