namespace Huli.Matchmaking.Search.Tests.Contract;

public sealed class LuceneSearchIndexContract : SearchIndexContract
{
    private LuceneSearchIndex? _index;

    protected override Task<ISearchIndex> CreateEmptyIndexAsync()
    {
        _index = LuceneSearchIndex.CreateInMemory();
        return Task.FromResult<ISearchIndex>(_index);
    }

    protected override Task RemoveIndexAsync()
    {
        _index?.Dispose();
        return Task.CompletedTask;
    }
}
