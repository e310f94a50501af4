namespace Huli.Matchmaking.Sorting.Classification;

/// <summary>A district field code and how much of the record's field evidence points to it, in 0..1.</summary>
public sealed record FieldGuess(string Code, double Confidence);
