using Huli.Matchmaking.Evaluation;

namespace Huli.Matchmaking.Matcher.Tests.Evaluation;

public sealed class QueryFoldsTests
{
    private static readonly List<JudgedQuery> Queries =
    [
        .. Enumerable.Range(0, 12).Select(i => Query("english", $"e{i}")),
        .. Enumerable.Range(0, 8).Select(i => Query("chinese", $"c{i}")),
    ];

    [Fact]
    public void Without_a_seed_a_query_is_in_the_fold_of_its_position_in_its_set()
    {
        var folds = QueryFolds.Assign(Queries, seed: null);

        Assert.Equal(2, folds.Single(f => f.Query.QueryId == "e7").Fold);
        Assert.Equal(3, folds.Single(f => f.Query.QueryId == "c3").Fold);
    }

    [Fact]
    public void A_seed_shuffles_each_set_into_folds_of_the_same_sizes_and_the_same_way_every_time()
    {
        var shuffled = QueryFolds.Assign(Queries, seed: 7);

        Assert.Equal(Queries.Count, shuffled.Select(f => f.Query.QueryId).Distinct().Count());
        Assert.Equal(shuffled, QueryFolds.Assign(Queries, seed: 7));
        var byPosition = QueryFolds.Assign(Queries, seed: null).ToDictionary(f => f.Query.QueryId, f => f.Fold);
        Assert.Contains(shuffled, f => byPosition[f.Query.QueryId] != f.Fold);
        foreach (var set in shuffled.GroupBy(f => f.Query.Set))
        {
            var sizes = set.CountBy(f => f.Fold).Select(c => c.Value).ToList();
            Assert.True(sizes.Max() - sizes.Min() <= 1, $"{set.Key}: fold sizes {string.Join(", ", sizes)}");
        }
    }

    private static JudgedQuery Query(string set, string id) =>
        new(set, id, "en", new Dictionary<string, int>(), [], [], [], Pool: true);
}
