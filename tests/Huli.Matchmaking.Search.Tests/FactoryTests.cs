using Lucene.Net.Store;

namespace Huli.Matchmaking.Search.Tests;

public sealed class FactoryTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Same_name_gives_the_same_index_and_different_names_different_folders()
    {
        using var factory = new LuceneSearchIndexFactory(_root.Path);

        Assert.Same(factory.Open("results"), factory.Open("results"));
        Assert.NotSame(factory.Open("results"), factory.Open("needs"));
        Assert.True(System.IO.Directory.Exists(Path.Combine(_root.Path, "results")));
        Assert.True(System.IO.Directory.Exists(Path.Combine(_root.Path, "needs")));
    }

    [Fact]
    public async Task Documents_survive_disposing_and_reopening_the_factory()
    {
        using (var factory = new LuceneSearchIndexFactory(_root.Path))
        {
            var index = factory.Open("results");
            await index.UpsertManyAsync([Docs.Make("r1", title: "锂电池"), Docs.Make("r2", title: "石墨烯")]);
            await index.DeleteAsync("r2");
        }

        using var reopened = new LuceneSearchIndexFactory(_root.Path);
        var sameIndex = reopened.Open("results");

        Assert.Equal(1, await sameIndex.CountAsync());
        Assert.Equal("r1", Assert.Single(await sameIndex.SearchAsync(Docs.Query("锂电池"))).Id);
        Assert.Equal(0, await reopened.Open("needs").CountAsync());
    }

    [Fact]
    public async Task Write_lock_file_left_by_a_crashed_process_does_not_block_opening()
    {
        using (var factory = new LuceneSearchIndexFactory(_root.Path))
        {
            await factory.Open("results").UpsertAsync(Docs.Make("r1", title: "锂电池"));
        }

        // What a killed process leaves behind: the lock file, with no process holding the OS lock on it.
        var lockFile = Path.Combine(_root.Path, "results", "write.lock");
        await File.WriteAllTextAsync(lockFile, string.Empty);
        await File.WriteAllTextAsync(Path.Combine(_root.Path, "fresh", "write.lock").CreateParentFolder(), string.Empty);

        using var reopened = new LuceneSearchIndexFactory(_root.Path);

        Assert.True(await reopened.Open("results").ContainsAsync("r1"));
        await reopened.Open("fresh").UpsertAsync(Docs.Make("f1", title: "石墨烯"));
        Assert.True(await reopened.Open("fresh").ContainsAsync("f1"));
    }

    [Fact]
    public void Folder_in_use_by_another_live_index_cannot_be_opened_twice()
    {
        using var first = new LuceneSearchIndexFactory(_root.Path);
        using var second = new LuceneSearchIndexFactory(_root.Path);
        first.Open("results");

        Assert.Throws<LockObtainFailedException>(() => second.Open("results"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    public void Names_that_are_not_plain_folder_names_are_rejected(string name)
    {
        using var factory = new LuceneSearchIndexFactory(_root.Path);

        Assert.ThrowsAny<ArgumentException>(() => factory.Open(name));
    }

    [Fact]
    public void Opening_after_dispose_is_refused()
    {
        var factory = new LuceneSearchIndexFactory(_root.Path);
        factory.Dispose();

        Assert.Throws<ObjectDisposedException>(() => factory.Open("results"));
    }
}

internal static class PathExtensions
{
    public static string CreateParentFolder(this string filePath)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
        return filePath;
    }
}
