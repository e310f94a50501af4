using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import;

/// <summary>The file cannot be imported at all; <see cref="Problems"/> say why, in words for the uploader.</summary>
public sealed class RecordFileException : Exception
{
    public RecordFileException(IReadOnlyList<FileProblem> problems)
        : base(LocalText.Join(problems.Select(problem => problem.Message)).English)
    {
        Problems = problems;
    }

    public IReadOnlyList<FileProblem> Problems { get; }
}
