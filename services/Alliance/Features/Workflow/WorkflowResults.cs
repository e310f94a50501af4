using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.ServiceDefaults.Outcomes;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

public static class WorkflowResults
{
    /// <summary>As <see cref="OutcomeResults.ToResult{T}"/>, but a refused move keeps a short title and says in
    /// the detail where the pairing stands, who moved it last and which moves remain.</summary>
    public static IResult ToStepResult(this Outcome<PairingDetails> outcome) => outcome.Kind == OutcomeKind.Conflict
        ? TypedResults.Problem(title: "The pairing cannot make this move.", detail: outcome.Problem, statusCode: StatusCodes.Status409Conflict)
        : outcome.ToResult(p => TypedResults.Ok(p));
}
