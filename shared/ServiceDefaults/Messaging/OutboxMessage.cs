namespace Huli.Matchmaking.ServiceDefaults.Messaging;

/// <summary>An event waiting to be published, saved in the same transaction as the change that caused it, so a
/// crash or a broker outage delays the event but never loses it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string MessageType { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }
}
