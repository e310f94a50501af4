using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>The shared policies have no "member admin or coordinator"; the Alliance adds it for its member
/// registry until the shared set does.</summary>
public static class MemberPolicies
{
    public const string MemberAdminOrCoordinator = "member-admin-or-coordinator";

    public static void AddMemberPolicies(this AuthorizationOptions options) =>
        options.AddPolicy(MemberAdminOrCoordinator, p => p.RequireRole(Roles.MemberAdmin, Roles.Coordinator));
}
