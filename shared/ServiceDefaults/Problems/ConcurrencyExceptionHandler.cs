using Huli.Matchmaking.Localisation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>Two people changed the same record at once and this request lost: tell it so, as a 409.</summary>
internal sealed class ConcurrencyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateConcurrencyException)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = new LocalText("这条记录已先被他人修改。", "Someone else changed this record first.").ToString(),
                Detail = new LocalText("请重新加载后再试。", "Reload it and try again.").ToString(),
            },
            Exception = exception,
        });
    }
}
