namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>A member organisation of the alliance that receives the pairings its subscription asks for, on its
/// own broker queue or by webhook.</summary>
public sealed class Member
{
    public Guid Id { get; set; }

    /// <summary>Short, stable and safe in broker names: the member's RabbitMQ user, queue and routing keys carry it.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public MemberKind Kind { get; set; }

    public List<MemberContact> Contacts { get; set; } = [];

    public MemberSubscription Subscription { get; set; } = new();

    public MemberDeliveryChannel Delivery { get; set; }

    public string? WebhookUrl { get; set; }

    /// <summary>Signs the webhook posts; shown to the member once, at registration.</summary>
    public string? WebhookSecret { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public required string RegisteredBy { get; set; }

    public int Version { get; set; }

    /// <summary>A suspended member keeps its record, subscription and broker queue but is sent nothing until it
    /// is reinstated.</summary>
    public MemberStatus Status { get; set; } = MemberStatus.Active;

    public DateTimeOffset? SuspendedAt { get; set; }

    public string? SuspendedBy { get; set; }

    public string? SuspendReason { get; set; }

    /// <summary>Takes the member off the deliveries; the change returned goes into its history.</summary>
    public MemberStatusChange Suspend(DateTimeOffset at, string by, string reason)
    {
        (SuspendedAt, SuspendedBy, SuspendReason) = (at, by, reason);
        return ChangeStatus(MemberStatus.Suspended, at, by, reason);
    }

    /// <summary>Brings the member back; the record keeps only the current suspension, the history all of them.</summary>
    public MemberStatusChange Reinstate(DateTimeOffset at, string by)
    {
        (SuspendedAt, SuspendedBy, SuspendReason) = (null, null, null);
        return ChangeStatus(MemberStatus.Active, at, by, reason: null);
    }

    private MemberStatusChange ChangeStatus(MemberStatus status, DateTimeOffset at, string by, string? reason)
    {
        Status = status;
        Version++;
        return new MemberStatusChange { MemberId = Id, Status = status, At = at, By = by, Reason = reason };
    }
}

/// <summary>Active first: the schema upgrade fills a new column with the first member, so members registered
/// before suspension existed read as active.</summary>
public enum MemberStatus
{
    Active,

    /// <summary>Off-boarded, or paused: no notices, no webhook posts, no broker login.</summary>
    Suspended,
}

public enum MemberKind
{
    /// <summary>行业协会</summary>
    IndustryAssociation,

    /// <summary>科研院所</summary>
    ResearchInstitute,

    /// <summary>金融机构</summary>
    FinancingBody,

    /// <summary>检验检测机构</summary>
    TestingAgency,

    /// <summary>创新平台</summary>
    InnovationPlatform,

    /// <summary>重点实验室</summary>
    KeyLab,
}

public enum MemberDeliveryChannel
{
    /// <summary>Its own queue on RabbitMQ, read with its own broker user.</summary>
    Bus,

    /// <summary>Signed HTTP posts to a URL of the member's.</summary>
    Webhook,
}
