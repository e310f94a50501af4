using Huli.Matchmaking.Alliance.Domain;

namespace Huli.Matchmaking.Alliance.Features.Members;

public sealed record DeliveryDetails(
    Guid Id,
    Guid MemberId,
    string Key,
    MemberDeliveryStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? DeliveredAt,
    string? LastError)
{
    public static DeliveryDetails From(MemberDelivery d) =>
        new(d.Id, d.MemberId, d.Key, d.Status, d.Attempts, d.CreatedAt, d.LastAttemptAt, d.DeliveredAt, d.LastError);
}

public sealed record DeliveryList(IReadOnlyList<DeliveryDetails> Deliveries);
