namespace Huli.Matchmaking.Search;

/// <summary>Opens a named index (for example <c>results</c>), one shared instance per name.</summary>
public interface ISearchIndexFactory
{
    ISearchIndex Open(string name);
}
