using Lucene.Net.Search;

namespace Huli.Matchmaking.Search;

/// <summary>The hit orders of <see cref="SearchSort"/>, each ending on the id so that ties, and so pages, are
/// stable.</summary>
internal static class LuceneSorts
{
    private static readonly SortField IdAscending = new(IndexFields.Id, SortFieldType.STRING);

    private static readonly SortField DateDescending = NewestFirst();

    public static readonly Sort Relevance = new(SortField.FIELD_SCORE, IdAscending);
    private static readonly Sort Newest = new(DateDescending, SortField.FIELD_SCORE, IdAscending);
    private static readonly Sort Browse = new(DateDescending, IdAscending);

    public static Sort For(SearchSort sort, SearchCriteria criteria)
    {
        if (criteria.IsBrowse)
        {
            return Browse;
        }

        return sort == SearchSort.Newest ? Newest : Relevance;
    }

    private static SortField NewestFirst()
    {
        // Descending, so the smallest possible value puts documents without a date last.
        var field = new SortField(IndexFields.Date, SortFieldType.INT64, reverse: true);
        field.SetMissingValue(long.MinValue);
        return field;
    }
}
