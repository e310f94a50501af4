using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Alliance.Features.Members;

internal static class MemberToChange
{
    /// <summary>The member a change is for, tracked; or null and the answer that refuses the change: an unknown
    /// id, or a version other than the one the caller read, so a change made meanwhile is not overwritten.</summary>
    public static async Task<(Member? Member, Outcome<MemberDetails> Refusal)> FindAsync(
        AllianceDbContext db, Guid id, int? expectedVersion, CancellationToken ct)
    {
        var member = await db.Members.FindAsync([id], ct);
        if (member is null)
        {
            return (null, Outcome<MemberDetails>.NotFound());
        }

        return expectedVersion is { } expected && expected != member.Version
            ? (null, Outcome<MemberDetails>.Conflict(new LocalText($"该成员已被他人修改（当前版本 {member.Version}，您提交的是 {expected}）；请刷新后重试。", $"The member changed meanwhile (version {member.Version}, you sent {expected}); reload and try again.")))
            : (member, default);
    }
}
