using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.ServiceDefaults.Outcomes;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

public static class WorkflowResults
{
    /// <summary>As <see cref="OutcomeResults.ToResult{T}"/>, but a refused move keeps a short title and says in
    /// the detail where the pairing stands, who moved it last and which moves remain.</summary>
    public static IResult ToStepResult(this Outcome<PairingDetails> outcome) => outcome.Kind == OutcomeKind.Conflict
        ? OutcomeResults.Problem(
            new LocalText("该配对不能进行这一步操作。", "The pairing cannot make this move."), StatusCodes.Status409Conflict, outcome.Problem)
        : outcome.ToResult(p => TypedResults.Ok(p));
}
