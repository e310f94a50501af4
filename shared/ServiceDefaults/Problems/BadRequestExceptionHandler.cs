using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>Turns what minimal APIs reject while binding (malformed JSON, an unknown enum value, a wrong
/// content type, a bad route value) into problem details that name the field at fault.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var problem = badRequest.InnerException is JsonException json
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FieldName(json.Path)] = [DescribeJsonError(json)],
            })
            {
                Title = "The request body is not valid JSON for this endpoint.",
            }
            : new ProblemDetails { Title = badRequest.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? "Send the body as application/json."
                : "The request could not be read.", Detail = badRequest.Message };

        problem.Status = badRequest.StatusCode;
        context.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static string FieldName(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');

    // The serializer's own message names CLR types; a caller needs to know what to send instead.
    private static string DescribeJsonError(JsonException json) =>
        json.Path is null or "$"
            ? "The body is not well-formed JSON."
            : $"The value at '{json.Path}' is not valid: check its type, or for a choice use one of the documented names.";
}
