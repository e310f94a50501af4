using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import;

/// <summary>A problem with one row.</summary>
/// <param name="Field">The canonical field concerned, or null when it concerns the whole row.</param>
public sealed record RowProblem(string? Field, LocalText Message);
