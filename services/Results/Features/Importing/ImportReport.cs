using Huli.Matchmaking.Import;

namespace Huli.Matchmaking.Results.Features.Importing;

/// <summary>What became of a file: counts, and every problem with the row and field it belongs to. A rejected
/// row is listed; the good rows are kept.</summary>
public sealed record ImportReport(
    string File,
    string Format,
    string? Encoding,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Merged,
    int Rejected,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> Notices);
