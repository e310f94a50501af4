using System.Text.Json;
using Huli.Matchmaking.Localisation;
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
                Title = new LocalText("请求正文不是此接口可接受的 JSON。", "The request body is not valid JSON for this endpoint.").ToString(),
            }
            // The detail is the framework's own account (which parameter, which value) and stays in English.
            : new ProblemDetails { Title = (badRequest.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? new LocalText("请以 application/json 发送请求正文。", "Send the body as application/json.")
                : new LocalText("无法读取该请求。", "The request could not be read.")).ToString(), Detail = badRequest.Message };

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
        (json.Path is null or "$"
            ? new LocalText("请求正文不是格式正确的 JSON。", "The body is not well-formed JSON.")
            : new LocalText(
                $"“{json.Path}”处的值无效：请检查其类型；若是选项，请使用文档列出的名称之一。",
                $"The value at '{json.Path}' is not valid: check its type, or for a choice use one of the documented names.")).ToString();
}
