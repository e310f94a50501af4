using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Needs.Domain;

/// <summary>Who may read what of a need: the owner and coordinators everything; others a public need whole, a
/// summary-only need without its description, and a sealed need not at all, except the institutes it was
/// released to (a coordinator confirmed their pairing), who read it whole.</summary>
public static class NeedVisibility
{
    public const string Everyone = "everyone";

    public static bool SeesEverything(this Caller caller, Need need) =>
        caller.IsCoordinator || caller.Organisation == need.Enterprise;

    public static bool MaySee(this Caller caller, Need need) =>
        caller.SeesEverything(need) || need.Confidentiality != NeedConfidentiality.Sealed || caller.HasRelease(need);

    public static bool MaySeeDescription(this Caller caller, Need need) =>
        caller.SeesEverything(need) || need.Confidentiality == NeedConfidentiality.Public || caller.HasRelease(need);

    private static bool HasRelease(this Caller caller, Need need) =>
        need.Confidentiality == NeedConfidentiality.Sealed && need.ReleasedTo.Contains(caller.Organisation);

    /// <summary>The audience facet in the search index: a sealed need is found only by its owner and the
    /// institutes it was released to (and by coordinators, whose searches are not filtered).</summary>
    public static IReadOnlyList<string> Audience(Need need) =>
        need.Confidentiality == NeedConfidentiality.Sealed
            ? [OwnerAudience(need.Enterprise), .. need.ReleasedTo.Select(OwnerAudience)]
            : [Everyone];

    public static string OwnerAudience(string organisation) => $"org:{organisation}";
}
