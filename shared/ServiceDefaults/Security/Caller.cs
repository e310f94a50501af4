using System.Security.Claims;

namespace Huli.Matchmaking.ServiceDefaults.Security;

/// <summary>The signed-in caller as handlers see it.</summary>
public sealed record Caller(string User, string Role, string Organisation)
{
    public const string OrganisationClaim = "huli:organisation";

    public bool IsCoordinator => Role == Roles.Coordinator;

    public static Caller From(ClaimsPrincipal principal) => new(
        principal.Identity?.Name ?? throw new InvalidOperationException("The endpoint must require a signed-in caller."),
        principal.FindFirstValue(ClaimTypes.Role) ?? "",
        principal.FindFirstValue(OrganisationClaim) ?? "");

    /// <summary>For work the system does itself, such as seeding the demo.</summary>
    public static Caller System(string organisation, string role) => new("system", role, organisation);
}
