namespace Huli.Matchmaking.ServiceDefaults.Security;

/// <summary>The people who use the system.</summary>
public static class Roles
{
    public const string Enterprise = "enterprise";
    public const string Institute = "institute";
    public const string Coordinator = "coordinator";
    public const string MemberAdmin = "member-admin";

    public static readonly IReadOnlyList<string> All = [Enterprise, Institute, Coordinator, MemberAdmin];
}

/// <summary>Named authorization policies; every endpoint names one.</summary>
public static class Policies
{
    public const string SignedIn = "signed-in";
    public const string Coordinator = "coordinator";
    public const string EnterpriseOrCoordinator = "enterprise-or-coordinator";
    public const string InstituteOrCoordinator = "institute-or-coordinator";
}
