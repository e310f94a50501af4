using Microsoft.AspNetCore.Http;

namespace Huli.Matchmaking.ServiceDefaults.Outcomes;

public static class OutcomeResults
{
    /// <summary>Maps a handler's outcome to the response. Handlers that guard confidential records answer
    /// NotFound rather than Forbidden, so callers cannot probe which of them exist.</summary>
    public static IResult ToResult<T>(this Outcome<T> outcome, Func<T, IResult> ok) => outcome.Kind switch
    {
        OutcomeKind.Ok => ok(outcome.Value!),
        OutcomeKind.Forbidden => TypedResults.Problem(title: "You may not change this record.", statusCode: StatusCodes.Status403Forbidden),
        OutcomeKind.Invalid => TypedResults.Problem(title: outcome.Problem, statusCode: StatusCodes.Status400BadRequest),
        OutcomeKind.Conflict => TypedResults.Problem(title: outcome.Problem, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: "No such record, or not visible to you.", statusCode: StatusCodes.Status404NotFound),
    };

    public static IResult Invalid(this Problems.FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "Some fields are not valid.");
}
