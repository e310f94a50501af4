namespace Huli.Matchmaking.Needs.Domain;

/// <summary>When a need lapses. The alliance works in Xiamen, so a deadline day ends at midnight China Standard
/// Time (UTC+8, no daylight saving), not at midnight UTC: a need due "2026-06-30" is still open at 07:00 UTC on
/// 30 June and at 15:59 UTC that day, and lapses at 16:00 UTC.</summary>
public static class NeedDeadline
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);

    public static bool HasPassed(DateOnly deadline, DateOnly today) => deadline < today;
}
