using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Tests.Ranking;

/// <summary>The vocabulary is read without a lock while consumers add to it, so its ids must stay readable
/// through the growth of its table.</summary>
public sealed class TokenVocabularyTests
{
    [Fact]
    public void Every_id_reads_back_its_token_while_other_threads_add_tokens()
    {
        var vocabulary = new TokenVocabulary();
        var mismatches = 0;

        // Four writers add 5,000 tokens each (the table starts at 1,024 slots, so it grows several times) and read
        // back every id they are given, and ids others were given, at once.
        Parallel.For(0, 4, writer =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                var token = $"词{writer}-{i}";
                var id = vocabulary.IdOf(token);
                if (vocabulary.TokenOf(id) != token || vocabulary.TokenOf(Random.Shared.Next(id + 1)) is null)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
        Assert.Equal(20_000, vocabulary.Count);
        Assert.Equal(Enumerable.Range(0, 20_000), Enumerable.Range(0, 20_000).Select(id => vocabulary.IdOf(vocabulary.TokenOf(id))));
    }

    [Fact]
    public void The_same_token_keeps_its_id_and_an_unknown_id_is_refused()
    {
        var vocabulary = new TokenVocabulary();

        var ids = vocabulary.IdsOf(["电池", "冷却", "电池"]);

        Assert.Equal([0, 1, 0], ids);
        Assert.Equal(-1, vocabulary.Find("像素"));
        Assert.Throws<ArgumentOutOfRangeException>(() => vocabulary.TokenOf(2));
    }
}
