using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Features.Matches;

/// <summary>What of a need an institute reads in its matches, by the rules the Needs service applies: a public
/// need whole, a summary-only need by its title, a sealed need not at all until a coordinator confirmed that
/// institute's pairing. A need whose copy has not arrived yet is treated as sealed.</summary>
public static class MatchVisibility
{
    public static bool MaySee(Pairing pairing, PairedNeed? need) =>
        need is not null && (need.Confidentiality != NeedConfidentiality.Sealed || pairing.WasConfirmed);

    public static bool MaySeeDescription(Pairing pairing, PairedNeed? need) =>
        MaySee(pairing, need) && need!.Confidentiality != NeedConfidentiality.SummaryOnly;
}
