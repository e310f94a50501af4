using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.ServiceDefaults.Security;

/// <summary>What a person sends to sign in to the console.</summary>
public sealed record SignInInput(string? User, string? Password)
{
    public FieldErrors Validate() => new FieldErrors()
        .RequireText("user", User, 200)
        .RequireText("password", Password, 200);
}

/// <summary>The answer to signing in: the access key the console then sends as a bearer token. No cookie, so
/// there is nothing for another site to ride on.</summary>
public sealed record SignedIn(string AccessKey, string User, string Role, string Organisation);

/// <summary>Who the presented key stands for.</summary>
public sealed record SessionDetails(string User, string Role, string Organisation);

public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var session = endpoints.MapGroup("/api/session").WithTags("Session");

        session.MapPost("/", (SignInInput input, IOptionsMonitor<AccessKeyOptions> keys, SignInAttempts attempts, HttpContext http) =>
        {
            var errors = input.Validate();
            if (errors.Any)
            {
                return errors.Invalid();
            }

            var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (attempts.IsBlocked(client))
            {
                http.Response.Headers.RetryAfter = ((int)SignInAttempts.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return OutcomeResults.Problem(
                    new LocalText("此地址登录失败次数过多，请稍后再试。", "Too many failed sign-ins from this address; try again later."),
                    StatusCodes.Status429TooManyRequests);
            }

            var user = keys.CurrentValue.Keys.FirstOrDefault(k => k.Key.Length > 0 && string.Equals(k.User, input.User!.Trim(), StringComparison.Ordinal));
            if (!PasswordHash.Verify(input.Password!, user?.PasswordHash) || user is null)
            {
                attempts.Failed(client);
                return OutcomeResults.Problem(new LocalText("用户名或密码错误。", "Unknown user or wrong password."), StatusCodes.Status401Unauthorized);
            }

            return TypedResults.Ok(new SignedIn(user.Key, user.User, user.Role, user.Organisation));
        }).AllowAnonymous();

        session.MapGet("/", (HttpContext http) =>
        {
            var caller = Caller.From(http.User);
            return TypedResults.Ok(new SessionDetails(caller.User, caller.Role, caller.Organisation));
        }).RequireAuthorization(Policies.SignedIn);

        return endpoints;
    }
}
