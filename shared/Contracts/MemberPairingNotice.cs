namespace Huli.Matchmaking.Contracts;

/// <summary>What an alliance member receives, on its own queue or by webhook, when pairings in its subscribed
/// fields were ranked or confirmed. <paramref name="NeedTitle"/> and <paramref name="Enterprise"/> are null
/// for a sealed need (and for one the Alliance has not yet seen published): a member is not the institute the
/// need may be released to. <paramref name="PairingId"/> is set for a confirmation. <paramref name="Key"/> names
/// what happened ("ranked:&lt;need&gt;:&lt;revision&gt;", "confirmed:&lt;pairing&gt;") and is the same on every
/// redelivery, so a member can drop what it already has: delivery is at least once.</summary>
public record MemberPairingNotice(
    string MemberCode,
    MemberNoticeKind Kind,
    string Field,
    Guid NeedId,
    string? NeedTitle,
    string? Enterprise,
    IReadOnlyList<string> Fields,
    IReadOnlyList<RankedResult> Results,
    Guid? PairingId,
    DateTimeOffset At,
    string Key);
