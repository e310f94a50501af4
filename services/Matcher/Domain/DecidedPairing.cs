namespace Huli.Matchmaking.Matcher.Domain;

/// <summary>A coordinator's decision on a pairing, kept as a labelled example for retraining: the pair's feature
/// vector when it was decided, and whether it was confirmed. A later decision on the same pair replaces it.</summary>
public sealed class DecidedPairing
{
    public Guid NeedId { get; set; }

    public Guid ResultId { get; set; }

    public bool Confirmed { get; set; }

    /// <summary>The need's ranking language: examples train only the model of their language.</summary>
    public string Language { get; set; } = "";

    public List<double> Features { get; set; } = [];

    public DateTimeOffset DecidedAt { get; set; }
}
