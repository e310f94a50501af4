using Huli.Matchmaking.Matcher.Ranking.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Huli.Matchmaking.Evaluation;

/// <summary>
/// Boosted trees (ML.NET FastTree LambdaMART, 5.0.1) on the same features, folds and languages as the linear
/// model's cross-validation, so the two can be compared honestly before choosing what ships.
/// </summary>
public static class TreeComparison
{
    public static IEnumerable<(string Set, QueryScores Scores)> CrossValidated(IReadOnlyList<JudgedQuery> queries, int? foldSeed)
    {
        var ml = new MLContext(seed: 20_260_531);
        var folds = QueryFolds.Assign(queries, foldSeed);
        for (var fold = 0; fold < QueryFolds.Count; fold++)
        {
            foreach (var language in folds.Select(f => f.Query.Language).Distinct())
            {
                var training = folds.Where(f => f.Fold != fold && f.Query.Language == language).SelectMany(f => Rows(f.Query)).ToList();
                var pipeline = ml.Transforms.Conversion.MapValueToKey("GroupId", nameof(Row.Group))
                    .Append(ml.Ranking.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeRankingTrainer.Options
                    {
                        LabelColumnName = nameof(Row.Label),
                        FeatureColumnName = nameof(Row.Features),
                        RowGroupColumnName = "GroupId",
                        NumberOfLeaves = 8,
                        NumberOfTrees = 100,
                        MinimumExampleCountPerLeaf = 10,
                        LearningRate = 0.1,
                    }));
                var model = pipeline.Fit(ml.Data.LoadFromEnumerable(training));
                foreach (var (query, _) in folds.Where(f => f.Fold == fold && f.Query.Language == language))
                {
                    var rows = Rows(query).ToList();
                    var scores = ml.Data.CreateEnumerable<Scored>(model.Transform(ml.Data.LoadFromEnumerable(rows)), reuseRowObject: false)
                        .Select(s => s.Score).ToList();
                    var firstStage = query.FirstStage.ToHashSet(StringComparer.Ordinal);
                    var ranked = rows.Zip(scores)
                        .Where(r => firstStage.Contains(r.First.DocumentId))
                        .OrderByDescending(r => r.Second).ThenBy(r => r.First.DocumentId, StringComparer.Ordinal)
                        .Select(r => r.First.DocumentId)
                        .ToList();
                    yield return (query.Set, QueryScores.Of(query.QueryId, ranked, query.Grades));
                }
            }
        }
    }

    private const int FeatureCount = 15;

    private static IEnumerable<Row> Rows(JudgedQuery query) => FeatureCount != RankingFeatures.Count
        ? throw new InvalidOperationException($"TreeComparison.FeatureCount is {FeatureCount}; the Matcher has {RankingFeatures.Count} features.")
        : query.Candidates.Select(c => new Row
    {
        Group = $"{query.Set}/{query.QueryId}",
        DocumentId = c.DocumentId,
        Label = Math.Max(0, query.Grades.GetValueOrDefault(c.DocumentId)),
        Features = [.. c.Scored.Features.Select(f => (float)f)],
    });

    private sealed class Row
    {
        public string Group { get; set; } = "";

        public string DocumentId { get; set; } = "";

        public float Label { get; set; }

        /// <summary>ML.NET needs the vector size as a constant; <see cref="Rows"/> checks it against the code's.</summary>
        [VectorType(FeatureCount)]
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
