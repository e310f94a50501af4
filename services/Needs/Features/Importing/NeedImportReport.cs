using Huli.Matchmaking.Import;

namespace Huli.Matchmaking.Needs.Features.Importing;

/// <summary>What became of a needs file, in the shape of the results import's report (needs are never merged,
/// so that count is absent): counts, and every problem with the row and field it belongs to.</summary>
public sealed record NeedImportReport(
    string File,
    string Format,
    string? Encoding,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> Notices);
