namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>One suspension or reinstatement of a member, kept for good: the member row holds only the current
/// suspension, and the alliance office must be able to say later who took a member off, when and why.</summary>
public sealed class MemberStatusChange
{
    public long Id { get; set; }

    public Guid MemberId { get; set; }

    /// <summary>The status the member was put into.</summary>
    public MemberStatus Status { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }

    /// <summary>Why, for a suspension; a reinstatement gives none.</summary>
    public string? Reason { get; set; }
}
