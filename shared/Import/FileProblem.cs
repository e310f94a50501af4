using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import;

/// <summary>A problem with the file as a whole rather than with one row.</summary>
/// <param name="Column">The field or heading concerned, when there is one.</param>
public sealed record FileProblem(FileProblemKind Kind, string? Column, LocalText Message)
{
    /// <summary>Whether the file cannot be imported because of it; the others are notices.</summary>
    public bool IsError => Kind is not (FileProblemKind.UnknownColumn or FileProblemKind.UnnamedColumn);
}
