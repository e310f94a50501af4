using Huli.Matchmaking.Localisation;
using Microsoft.AspNetCore.Http;

namespace Huli.Matchmaking.ServiceDefaults.Outcomes;

public static class OutcomeResults
{
    private static readonly LocalText NotVisible = new LocalText("没有这条记录，或您无权查看。", "No such record, or not visible to you.");

    private static readonly LocalText NotYours = new LocalText("您不能修改这条记录。", "You may not change this record.");

    private static readonly LocalText FieldsInvalid = new LocalText("部分字段填写有误。", "Some fields are not valid.");

    /// <summary>Maps a handler's outcome to the response. Handlers that guard confidential records answer
    /// NotFound rather than Forbidden, so callers cannot probe which of them exist.</summary>
    public static IResult ToResult<T>(this Outcome<T> outcome, Func<T, IResult> ok) => outcome.Kind switch
    {
        OutcomeKind.Ok => ok(outcome.Value!),
        OutcomeKind.Forbidden => Problem(NotYours, StatusCodes.Status403Forbidden),
        OutcomeKind.Invalid => Problem(outcome.Problem, StatusCodes.Status400BadRequest),
        OutcomeKind.Conflict => Problem(outcome.Problem, StatusCodes.Status409Conflict),
        _ => Problem(NotVisible, StatusCodes.Status404NotFound),
    };

    /// <summary>A problem titled in the request's language.</summary>
    public static IResult Problem(LocalText? title, int statusCode, LocalText? detail = null) =>
        TypedResults.Problem(title: title?.ToString(), detail: detail?.ToString(), statusCode: statusCode);

    public static IResult Invalid(this Problems.FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: FieldsInvalid.ToString());
}
