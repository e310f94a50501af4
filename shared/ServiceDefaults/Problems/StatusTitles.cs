using Huli.Matchmaking.Localisation;
using Microsoft.AspNetCore.Http;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>The titles ASP.NET Core gives a problem that has none of its own (a 401 or 403 from the
/// authorization policies, an unknown route, an unhandled exception), in both languages. The English ones are
/// the framework's, word for word.</summary>
internal static class StatusTitles
{
    private static readonly Dictionary<int, LocalText> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = new LocalText("请求有误", "Bad Request"),
        [StatusCodes.Status401Unauthorized] = new LocalText("未登录或登录已失效", "Unauthorized"),
        [StatusCodes.Status403Forbidden] = new LocalText("无权执行此操作", "Forbidden"),
        [StatusCodes.Status404NotFound] = new LocalText("未找到", "Not Found"),
        [StatusCodes.Status405MethodNotAllowed] = new LocalText("不支持该请求方法", "Method Not Allowed"),
        [StatusCodes.Status406NotAcceptable] = new LocalText("无法提供所要求的格式", "Not Acceptable"),
        [StatusCodes.Status408RequestTimeout] = new LocalText("请求超时", "Request Timeout"),
        [StatusCodes.Status409Conflict] = new LocalText("冲突", "Conflict"),
        [StatusCodes.Status412PreconditionFailed] = new LocalText("前提条件不满足", "Precondition Failed"),
        [StatusCodes.Status415UnsupportedMediaType] = new LocalText("不支持的媒体类型", "Unsupported Media Type"),
        [StatusCodes.Status422UnprocessableEntity] = new LocalText("无法处理的内容", "Unprocessable Entity"),
        [StatusCodes.Status426UpgradeRequired] = new LocalText("需要升级协议", "Upgrade Required"),
        [StatusCodes.Status500InternalServerError] = new LocalText("处理请求时出错。", "An error occurred while processing your request."),
        [StatusCodes.Status502BadGateway] = new LocalText("网关错误", "Bad Gateway"),
        [StatusCodes.Status503ServiceUnavailable] = new LocalText("服务暂不可用", "Service Unavailable"),
        [StatusCodes.Status504GatewayTimeout] = new LocalText("网关超时", "Gateway Timeout"),
    };

    /// <summary>The framework's default title in the request's language; any other title is ours and already is.</summary>
    public static string? Localise(string? title, int? status) =>
        status is { } code && Titles.TryGetValue(code, out var text) && string.Equals(title, text.English, StringComparison.Ordinal)
            ? text.ToString()
            : title;
}
