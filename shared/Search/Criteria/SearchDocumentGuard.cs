namespace Huli.Matchmaking.Search;

internal static class SearchDocumentGuard
{
    /// <summary>Checked for a whole batch before any backend is touched, so a bad document cannot leave half a
    /// batch written.</summary>
    public static void Validate(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw new ArgumentException("A search document needs an id.", nameof(document));
        }
    }
}
