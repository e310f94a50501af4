using Huli.Matchmaking.Alliance.Domain;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>A suspension or reinstatement as the member's page shows it.</summary>
public sealed record MemberStatusChangeView(MemberStatus Status, DateTimeOffset At, string By, string? Reason)
{
    public static MemberStatusChangeView From(MemberStatusChange change) => new(change.Status, change.At, change.By, change.Reason);
}
