using System.Text.Json.Serialization;
using Huli.Matchmaking.Alliance.Domain;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>A member's broker account. The password is only ever filled in the registration response.</summary>
public sealed record MemberBusAccount(string User, string? Password, string Queue, string VirtualHost, string Exchange);

public sealed record MemberDetails(
    Guid Id,
    string Code,
    string Name,
    MemberKind Kind,
    IReadOnlyList<MemberContact> Contacts,
    MemberSubscription Subscription,
    MemberDeliveryChannel Delivery,
    string? WebhookUrl,
    MemberBusAccount? Bus,
    string? WebhookSecret,
    DateTimeOffset RegisteredAt,
    string RegisteredBy,
    int Version,
    MemberStatus Status,
    DateTimeOffset? SuspendedAt,
    string? SuspendedBy,
    string? SuspendReason)
{
    /// <summary>Every suspension and reinstatement, newest first; only a single member's page carries it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MemberStatusChangeView>? StatusHistory { get; init; }

    /// <summary>A member as anyone with access reads it: no password, no webhook secret.</summary>
    public static MemberDetails From(Member m, MemberBrokerNames broker) => new(
        m.Id, m.Code, m.Name, m.Kind, m.Contacts, m.Subscription, m.Delivery, m.WebhookUrl,
        m.Delivery == MemberDeliveryChannel.Bus
            ? new MemberBusAccount(broker.User(m.Code), null, broker.Queue(m.Code), broker.VirtualHost, broker.Exchange)
            : null,
        null, m.RegisteredAt, m.RegisteredBy, m.Version, m.Status, m.SuspendedAt, m.SuspendedBy, m.SuspendReason);
}
