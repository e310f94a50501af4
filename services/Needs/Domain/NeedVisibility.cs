using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Needs.Domain;

/// <summary>Who may read what of a need: the owner and coordinators everything; others a public need whole, a
/// summary-only need without its description, and a sealed need not at all.</summary>
public static class NeedVisibility
{
    public const string Everyone = "everyone";

    public static bool SeesEverything(this Caller caller, Need need) =>
        caller.IsCoordinator || caller.Organisation == need.Enterprise;

    public static bool MaySee(this Caller caller, Need need) =>
        caller.SeesEverything(need) || need.Confidentiality != NeedConfidentiality.Sealed;

    public static bool MaySeeDescription(this Caller caller, Need need) =>
        caller.SeesEverything(need) || need.Confidentiality == NeedConfidentiality.Public;

    /// <summary>The audience facet in the search index: a sealed need is found only by its owner (and by
    /// coordinators, whose searches are not filtered).</summary>
    public static string Audience(Need need) =>
        need.Confidentiality == NeedConfidentiality.Sealed ? OwnerAudience(need.Enterprise) : Everyone;

    public static string OwnerAudience(string organisation) => $"org:{organisation}";
}
