using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Tests.Ranking;

/// <summary>The Han character-pair features, over a catalog of hand-made token sequences, so each expectation
/// can be worked out by hand.</summary>
public sealed class HanPairTests
{
    private readonly TokenVocabulary vocabulary = new();
    private readonly ResultCatalog catalog;

    public HanPairTests()
    {
        catalog = new ResultCatalog(vocabulary);
        catalog.Upsert(Result("蓝色", "像素"));
        catalog.Upsert(Result("电池", "冷却"));
        catalog.Upsert(Result("machin", "vision"));
    }

    [Fact]
    public void Character_pairs_are_read_inside_tokens_and_across_adjacent_ones()
    {
        var pairs = new List<int>();

        catalog.HanPairs.Collect(vocabulary.IdsOf(["发光", "效率", "oled", "屏"]), pairs);

        Assert.Equal([Pair("发光"), Pair("光效"), Pair("效率")], pairs);
    }

    [Fact]
    public void A_result_sharing_character_pairs_but_no_word_scores_on_pairs_only()
    {
        var sharesPairs = Result("光效", "提升");
        catalog.Upsert(sharesPairs);
        var scorer = new FeatureScorer(new NeedQuery(Need("发光效率"), catalog), catalog);

        var features = scorer.Score(sharesPairs);

        Assert.Equal(0, features[(int)RankingFeature.TermCoverage]);
        Assert.True(features[(int)RankingFeature.HanPairBm25] > 0);
        Assert.InRange(features[(int)RankingFeature.HanPairCoverage], 0.1, 0.5);
    }

    [Fact]
    public void An_english_need_has_no_character_pair_signal()
    {
        var scorer = new FeatureScorer(new NeedQuery(Need("machin", "vision"), catalog), catalog);

        var features = scorer.Score(catalog.All.First(r => r.Title == "machin vision"));

        Assert.Equal(0, features[(int)RankingFeature.HanPairBm25]);
        Assert.Equal(0, features[(int)RankingFeature.HanPairCoverage]);
        Assert.True(features[(int)RankingFeature.TermCoverage] > 0);
    }

    [Fact]
    public void A_removed_result_leaves_the_character_pair_frequencies()
    {
        var before = catalog.PairIdf(Pair("冷却"));
        var cooling = Result("冷却", "系统");

        catalog.Upsert(cooling);
        var withIt = catalog.PairIdf(Pair("冷却"));
        catalog.Remove(cooling.ResultId);

        Assert.True(withIt < before);
        Assert.Equal(before, catalog.PairIdf(Pair("冷却")), 12);
    }

    [Fact]
    public void A_pair_a_result_repeats_counts_once_towards_its_frequency()
    {
        var once = Result("冷却", "系统");
        var twice = Result("冷却", "冷却", "系统");

        catalog.Upsert(once);
        var withOnce = catalog.PairIdf(Pair("冷却"));
        catalog.Remove(once.ResultId);
        catalog.Upsert(twice);

        Assert.Equal(withOnce, catalog.PairIdf(Pair("冷却")), 12);
    }

    private static int Pair(string two) => HanPairs.Key(two[0], two[1]);

    private ResultProfile Result(params string[] tokens) =>
        new(Guid.NewGuid(), string.Join(' ', tokens), "研究院", new AnalysedFields(vocabulary.IdsOf(tokens), [], []), []);

    private NeedProfile Need(params string[] tokens) =>
        new(Guid.NewGuid(), "需求", new AnalysedFields(vocabulary.IdsOf(tokens), [], []), [], new DateOnly(2026, 6, 1));
}
