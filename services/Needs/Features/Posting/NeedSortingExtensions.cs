using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.Sorting;

namespace Huli.Matchmaking.Needs.Features.Posting;

internal static class NeedSortingExtensions
{
    public static void ApplySorting(this Need need, RecordSorting sorting)
    {
        need.Keywords = [.. sorting.Keywords];
        need.KeywordsExtracted = sorting.KeywordsExtracted;
        need.Fields = [.. sorting.Fields];
        need.FieldConfidence = sorting.FieldConfidence;
        need.Language = sorting.Language;
    }
}
