using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Huli.Matchmaking.Search.Tests;

/// <summary>What only the Lucene index promises or needs; the shared behaviour is in the contract
/// (<see cref="Contract.LuceneSearchIndexContract"/>).</summary>
public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.CreateInMemory();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Scores_follow_bm25_with_k1_1_2_and_b_0_75()
    {
        // Field lengths 1 and 4 survive Lucene's one-byte norm encoding exactly, so the formula can be checked:
        // idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength)), with idf = ln 2 here.
        await _index.UpsertManyAsync([Docs.Make("short", text: "x"), Docs.Make("long", text: "y y y y")]);

        var shortScore = Assert.Single(await _index.SearchAsync(Docs.Query("x"))).Score;
        var longScore = Assert.Single(await _index.SearchAsync(Docs.Query("y"))).Score;

        Assert.Equal(Bm25(tf: 1, length: 1, averageLength: 2.5), shortScore, precision: 4);
        Assert.Equal(Bm25(tf: 4, length: 4, averageLength: 2.5), longScore, precision: 4);
    }

    [Fact]
    public async Task Document_frequency_and_field_length_count_every_segment()
    {
        // Each write commits a segment of its own; the query's terms are looked up segment by segment, and a
        // token no document holds must neither match nor change a score.
        await _index.UpsertAsync(Docs.Make("one-term", text: "x"));
        await _index.UpsertAsync(Docs.Make("four-terms", text: "x y y y"));
        await _index.UpsertAsync(Docs.Make("without", text: "z"));

        var hits = await _index.SearchAsync(Docs.Query("absent x"));

        Assert.Equal(["one-term", "four-terms"], hits.Select(hit => hit.Id));
        Assert.Equal(Bm25(tf: 1, length: 1, averageLength: 2, documents: 3, withTerm: 2), hits[0].Score, precision: 4);
        Assert.Equal(Bm25(tf: 1, length: 4, averageLength: 2, documents: 3, withTerm: 2), hits[1].Score, precision: 4);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(30)]
    [InlineData(200)]
    public async Task Any_page_size_cuts_the_full_ranking_with_equal_scores_in_id_order(int top)
    {
        // Many equal scores across several segments, written in an order unlike their ids: the cut falls inside a
        // run of ties that fits into the extra hits collected (small pages) or runs past them (larger pages).
        var vocabulary = new[] { "x", "y", "z" };
        for (var segment = 0; segment < 4; segment++)
        {
            await _index.UpsertManyAsync([.. Enumerable.Range(0, 25).Select(i =>
            {
                var n = (segment * 25) + i;
                return Docs.Make($"r{(n * 37) % 100:D3}", text: string.Join(' ', vocabulary.Take(1 + (n % 3))));
            })]);
        }

        var all = await _index.SearchAsync(Docs.Query("x z", top: 1000));
        var page = await _index.SearchAsync(Docs.Query("x z", top));

        var expected = all.OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Id, StringComparer.Ordinal).Take(top);
        Assert.Equal(100, all.Count);
        Assert.Equal(expected.Select(hit => hit.Id), page.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Query_longer_than_lucenes_clause_limit_still_works()
    {
        await _index.UpsertManyAsync([Docs.Make("battery", title: "锂电池", text: "热失控 检测"), Docs.Make("other", text: "检测")]);
        var tokens = Enumerable.Range(0, 2000).Select(i => $"t{i}").Append("锂电池").ToList();

        var hits = await _index.SearchAsync(new SearchRequest(tokens, 10));

        Assert.Equal("battery", Assert.Single(hits).Id);
        Assert.Equal(1, await _index.CountMatchesAsync(new SearchRequest(tokens, 10)));
    }

    [Fact]
    public async Task Writes_after_dispose_are_refused()
    {
        _index.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _index.UpsertAsync(Docs.Make("r1", title: "x")));
    }

    [Fact]
    public async Task Dates_and_sort_keys_survive_reopening_the_folder()
    {
        using var folder = new TempFolder();
        using (var index = LuceneSearchIndex.OpenFolder(folder.Path))
        {
            await index.UpsertManyAsync(
            [
                Docs.Make("b-old", text: "电池", date: Docs.Day(3, 1)),
                Docs.Make("undated", text: "电池"),
                Docs.Make("new", text: "电池", date: Docs.Day(5, 1)),
                Docs.Make("a-old", text: "电池", date: Docs.Day(3, 1)),
            ]);
        }

        using var reopened = LuceneSearchIndex.OpenFolder(folder.Path);
        var hits = await reopened.SearchAsync(new SearchRequest(["电池"], 10, Sort: SearchSort.Newest));

        Assert.Equal(["new", "a-old", "b-old", "undated"], hits.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Folder_written_before_dates_and_id_doc_values_existed_still_sorts()
    {
        using var folder = new TempFolder();
        WriteDocumentsAsTheFirstReleaseDid(folder.Path, ("old-b", "电池"), ("old-a", "电池"), ("old-c", "检测 仪器"));

        using var index = LuceneSearchIndex.OpenFolder(folder.Path);
        await index.UpsertAsync(Docs.Make("new", text: "电池", date: Docs.Day(5, 1)));

        var byRelevance = await index.SearchAsync(Docs.Query("电池"));
        var newest = await index.SearchAsync(new SearchRequest(["电池"], 10, Sort: SearchSort.Newest));

        Assert.Equal(["new", "old-a", "old-b"], byRelevance.Select(hit => hit.Id));
        Assert.Equal(["new", "old-a", "old-b"], newest.Select(hit => hit.Id));
        Assert.Equal(["电池"], newest[1].MatchedTerms);
        Assert.Equal(["仪器", "检测"], Assert.Single(await index.SearchAsync(Docs.Query("仪器 检测"))).MatchedTerms);
        var idsOnly = await index.SearchAsync(new SearchRequest(["电池"], 10, WithMatchedTerms: false));
        Assert.Equal(["new", "old-a", "old-b"], idsOnly.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Old_and_new_documents_merged_into_one_segment_keep_their_ids()
    {
        using var folder = new TempFolder();
        WriteDocumentsAsTheFirstReleaseDid(folder.Path, ("old-b", "电池"), ("old-a", "电池"));
        using (var index = LuceneSearchIndex.OpenFolder(folder.Path))
        {
            await index.UpsertAsync(Docs.Make("new", text: "电池", date: Docs.Day(5, 1)));
        }

        // A merge folds the old segment, whose ids have no doc values, into one that has them: the old documents
        // then carry an id doc value that is missing.
        MergeIntoOneSegment(folder.Path);

        using var merged = LuceneSearchIndex.OpenFolder(folder.Path);
        var idsOnly = await merged.SearchAsync(new SearchRequest(["电池"], 10, WithMatchedTerms: false));
        var byRelevance = await merged.SearchAsync(Docs.Query("电池"));

        Assert.Equal(["new", "old-a", "old-b"], idsOnly.Select(hit => hit.Id));
        Assert.Equal(["new", "old-a", "old-b"], byRelevance.Select(hit => hit.Id));
    }

    private static void MergeIntoOneSegment(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>The document shape of the first release: indexed and stored id without doc values, no date, one
    /// stored value per distinct token.</summary>
    private static void WriteDocumentsAsTheFirstReleaseDid(string path, params (string Id, string Text)[] documents)
    {
        using var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = new BM25Similarity(1.2f, 0.75f),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var (id, text) in documents)
        {
            var document = new Document
            {
                new StringField("id", id, Field.Store.YES),
                new TextField("text", text, Field.Store.NO),
            };
            foreach (var token in text.Split(' '))
            {
                document.Add(new StoredField("tokens", token));
            }

            writer.AddDocument(document);
        }

        writer.Commit();
    }

    [Fact]
    public async Task An_index_written_in_larger_term_blocks_is_read_by_the_stock_codec_term_by_term()
    {
        // Thousands of terms, so each field's dictionary holds many blocks of the larger size; every term must
        // still be found by a plain Lucene reader, which knows nothing of the writer's block sizes.
        using var folder = new TempFolder();
        var terms = Enumerable.Range(0, 3000).Select(i => $"词{i:x}").ToList();
        using (var index = LuceneSearchIndex.OpenFolder(folder.Path))
        {
            await index.UpsertManyAsync([.. terms.Chunk(10).Select((chunk, i) => Docs.Make($"doc-{i:D3}", text: string.Join(' ', chunk)))]);
        }

        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);
        var segment = Assert.IsType<SegmentReader>(Assert.Single(reader.Leaves).Reader);
        Assert.Equal("Lucene46", segment.SegmentInfo.Info.Codec.Name);
        Assert.IsType<Lucene.Net.Codecs.Lucene46.Lucene46Codec>(segment.SegmentInfo.Info.Codec);
        var termsEnum = MultiFields.GetTerms(reader, "text").GetEnumerator();
        Assert.All(terms, term => Assert.True(termsEnum.SeekExact(new BytesRef(term)), term));
        Assert.False(termsEnum.SeekExact(new BytesRef("词-absent")));

        using var reopened = LuceneSearchIndex.OpenFolder(folder.Path);
        Assert.Equal(["doc-000"], (await reopened.SearchAsync(Docs.Query(terms[3]))).Select(hit => hit.Id));
        Assert.Equal(["doc-299"], (await reopened.SearchAsync(Docs.Query(terms[^1]))).Select(hit => hit.Id));
    }

    private static double Bm25(double tf, double length, double averageLength, int documents = 2, int withTerm = 1)
    {
        const double k1 = 1.2;
        const double b = 0.75;
        var idf = Math.Log(1 + ((documents - withTerm + 0.5) / (withTerm + 0.5)));
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength));
    }
}
