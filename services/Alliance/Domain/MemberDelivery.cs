namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>A notice for a webhook member, stored before it is posted so that a crash delays it but never loses
/// it. Once the retries run out it is dead-lettered and waits for someone to replay it.</summary>
public sealed class MemberDelivery
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    /// <summary>What the notice is about ("ranked:&lt;need&gt;:&lt;revision&gt;", "confirmed:&lt;pairing&gt;"), so a
    /// redelivered event is stored once.</summary>
    public required string Key { get; set; }

    /// <summary>The JSON posted, kept as sent: the signature covers these exact bytes.</summary>
    public required string Body { get; set; }

    public MemberDeliveryStatus Status { get; set; } = MemberDeliveryStatus.Pending;

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }
}

public enum MemberDeliveryStatus
{
    Pending,
    Delivered,
    DeadLettered,
}
