using Huli.Matchmaking.Import;
using Huli.Matchmaking.Needs.Features.Posting;

namespace Huli.Matchmaking.Needs.Features.Importing;

/// <summary>Counts what an import did, row by row.</summary>
internal sealed class NeedImportTally
{
    private readonly List<ImportProblem> problems = [];
    private readonly Dictionary<PostingEffect, int> effects = [];
    private int rejected;

    /// <summary>The rows stored so far, changed or not.</summary>
    public int Stored => effects.Values.Sum();

    public void Count(PostingEffect effect) => effects[effect] = effects.GetValueOrDefault(effect) + 1;

    public void Reject(int row, IReadOnlyList<RowProblem> rowProblems)
    {
        rejected++;
        problems.AddRange(ImportProblem.ForRow(row, rowProblems));
    }

    public NeedImportReport Report(string fileName, RecordFileHeader header, IReadOnlyList<FileProblem> notices) => new(
        Path.GetFileName(fileName),
        header.Format.ToString(),
        header.Encoding,
        Stored + rejected,
        effects.GetValueOrDefault(PostingEffect.Created),
        effects.GetValueOrDefault(PostingEffect.Updated),
        effects.GetValueOrDefault(PostingEffect.Unchanged),
        rejected,
        problems,
        notices.Select(n => n.Message.ToString()).ToList());
}
