namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>A notice in an organisation's inbox in the console, in Chinese and English.</summary>
public sealed class InboxEntry
{
    /// <summary>The recipient the alliance office's coordinators share.</summary>
    public const string Coordinators = "@coordinators";

    public Guid Id { get; set; }

    /// <summary>The organisation it is for, or <see cref="Coordinators"/>.</summary>
    public required string Recipient { get; set; }

    public DateTimeOffset At { get; set; }

    public InboxKind Kind { get; set; }

    public Guid? PairingId { get; set; }

    public required string TitleZh { get; set; }

    public required string TitleEn { get; set; }

    public required string BodyZh { get; set; }

    public required string BodyEn { get; set; }

    public bool Read { get; set; }
}

public enum InboxKind
{
    PairingMoved,
    ContactRequested,
    PairingFlagged,
}
