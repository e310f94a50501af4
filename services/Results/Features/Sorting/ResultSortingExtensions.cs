using Huli.Matchmaking.Sorting;
using Huli.Matchmaking.Results.Domain;

namespace Huli.Matchmaking.Results.Features.Sorting;

public static class ResultSortingExtensions
{
    public static void ApplySorting(this ResearchResult result, RecordSorting sorting)
    {
        result.Keywords = [.. sorting.Keywords];
        result.KeywordsExtracted = sorting.KeywordsExtracted;
        result.Fields = [.. sorting.Fields];
        result.FieldConfidence = sorting.FieldConfidence;
        result.Language = sorting.Language;
        result.Fingerprint = unchecked((long)sorting.Fingerprint.Value);
    }
}
