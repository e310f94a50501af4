using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>Every error leaves as RFC 7807 problem details: bad requests with field errors, everything
    /// else with a trace id and no internals; all in the request's language.</summary>
    public static IServiceCollection AddHuliProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Title = StatusTitles.Localise(context.ProblemDetails.Title, context.ProblemDetails.Status);
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<ConcurrencyExceptionHandler>();
        return services;
    }
}
