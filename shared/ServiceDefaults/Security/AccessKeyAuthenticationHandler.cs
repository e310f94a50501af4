using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.ServiceDefaults.Security;

/// <summary>Authenticates <c>Authorization: Bearer &lt;access key&gt;</c> against the configured keys.</summary>
internal sealed class AccessKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AccessKeyOptions> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        // Compare in constant time so response timing does not leak how much of a key was right.
        var match = keys.CurrentValue.Keys.FirstOrDefault(k =>
            k.Key.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k.Key), presented));
        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown access key."));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, match.User),
                new Claim(ClaimTypes.Role, match.Role),
                new Claim(Caller.OrganisationClaim, match.Organisation),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

public sealed class AccessKeyOptions
{
    public List<AccessKey> Keys { get; set; } = [];
}
