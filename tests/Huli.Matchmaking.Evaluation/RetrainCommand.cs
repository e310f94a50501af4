using System.Diagnostics;
using System.Globalization;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Learning;
using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Evaluation;

/// <summary>
/// make retrain: learns the ranking models (one per language) from the dev sets plus coordinators' stored
/// decisions, reports how they do in-sample and cross-validated (folds by query: every model is measured on
/// queries it never saw, which is what the held-out sets will do), optionally what each feature group adds, and
/// writes the models the service ships.
/// </summary>
public static class RetrainCommand
{
    public static async Task<int> RunAsync(EvaluationOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var prior = new RankingModels(PriorModel.Create(), PriorModel.Create());
        var queries = new List<JudgedQuery>();
        foreach (var (folder, pool) in options.TrainingSets)
        {
            var set = EvaluationSet.Load(folder);
            using var workspace = new RankingWorkspace(prior);
            await workspace.LoadAsync(set.Corpus, cancellationToken);
            queries.AddRange(await QueryCollector.CollectAsync(set, workspace, pool, addJudged: !pool, cancellationToken));
            Console.WriteLine($"{set.Name}: {set.Queries.Count} queries collected ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        var decisions = options.Decisions switch
        {
            null or "" => [],
            var source when source == DecisionExamples.Postgres || File.Exists(source) => DecisionExamples.Read(source),
            var missing => NoDecisionsAt(missing),
        };
        Console.WriteLine($"{decisions.Count} labelled decisions from coordinators");

        var description = string.Create(CultureInfo.InvariantCulture,
            $"pairwise logistic regression on {string.Join(", ", queries.Select(q => q.Set).Distinct())} ({queries.Count} queries) and {decisions.Count} coordinators' decisions, {DateTime.UtcNow:yyyy-MM-dd}");
        var models = Train([.. queries.SelectMany(q => q.Examples()), .. decisions], prior, [], description);

        Console.WriteLine();
        Console.WriteLine(MetricSummary.Header);
        var crossValidated = CrossValidated(queries, decisions, prior, [], options.FoldSeed).ToList();
        foreach (var set in queries.GroupBy(q => q.Set))
        {
            Console.WriteLine($"{set.Key}");
            Console.WriteLine(Summary(set, q => q.Baseline).ToRow("  plain BM25"));
            Console.WriteLine(Summary(set, q => q.RankedBy(prior)).ToRow("  prior model (untrained)"));
            Console.WriteLine(Summary(set, q => q.RankedBy(models)).ToRow("  trained, in-sample"));
            Console.WriteLine(crossValidated.Where(q => q.Set == set.Key).Aggregate().ToRow("  trained, cross-validated"));
            if (options.CompareTrees)
            {
                Console.WriteLine(TreeComparison.CrossValidated(set.ToList(), options.FoldSeed).Aggregate().ToRow("  FastTree, cross-validated"));
            }
        }

        if (options.Ablation)
        {
            Ablation(queries, decisions, prior, options.FoldSeed);
        }

        Console.WriteLine();
        Console.WriteLine("Weights per standard deviation of the feature over the training candidates (Chinese / English):");
        foreach (var (name, index) in RankingFeatures.Names.Select((n, i) => (n, i)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {models.Chinese.Weights[index],8:F4} {models.English.Weights[index],8:F4}"));
        }

        var target = options.Model ?? Path.Combine("services", "Matcher", "Ranking", "Learning", RankingModels.FileName);
        models.Save(target);
        Console.WriteLine($"Wrote {target} ({clock.Elapsed.TotalSeconds:F0} s in all)");
        return 0;
    }

    /// <summary>One model per language from that language's examples; a language without examples keeps the prior.</summary>
    /// <summary>The default, data/matcher.db, is only there once the embedded profile has run; say so rather
    /// than train in silence without the coordinators' decisions.</summary>
    private static List<LabelledCandidate> NoDecisionsAt(string file)
    {
        Console.WriteLine($"No decisions file at {file}; training on the dev sets only (DECISIONS=<matcher.db> or DECISIONS=postgres).");
        return [];
    }

    private static RankingModels Train(IReadOnlyList<LabelledCandidate> examples, RankingModels prior, IReadOnlyCollection<RankingFeature> masked, string description)
    {
        RankingModel One(string language)
        {
            var own = examples.Where(e => e.Language == language).Select(e => Mask(e, masked)).ToList();
            var model = own.Count == 0 ? prior.For(language) with { Weights = [.. prior.For(language).Weights] } : PairwiseTrainer.Train(own, prior.For(language), description);
            foreach (var feature in masked)
            {
                model.Weights[(int)feature] = 0;
            }

            return model;
        }

        return new RankingModels(One(RankingLanguage.Chinese), One(RankingLanguage.English));
    }

    /// <summary>Each query ranked by models trained without its fold (<see cref="QueryFolds"/>), with the
    /// features in <paramref name="masked"/> left out.</summary>
    private static IEnumerable<(string Set, QueryScores Scores)> CrossValidated(
        IReadOnlyList<JudgedQuery> queries, IReadOnlyList<LabelledCandidate> decisions, RankingModels prior, IReadOnlyCollection<RankingFeature> masked, int? foldSeed)
    {
        var folds = QueryFolds.Assign(queries, foldSeed);
        for (var fold = 0; fold < QueryFolds.Count; fold++)
        {
            var training = folds.Where(f => f.Fold != fold).SelectMany(f => f.Query.Examples()).Concat(decisions).ToList();
            var models = Train(training, prior, masked, "cross-validation");
            foreach (var (query, _) in folds.Where(f => f.Fold == fold))
            {
                yield return (query.Set, QueryScores.Of(query.QueryId, query.RankedBy(models), query.Grades));
            }
        }
    }

    private static void Ablation(IReadOnlyList<JudgedQuery> queries, IReadOnlyList<LabelledCandidate> decisions, RankingModels prior, int? foldSeed)
    {
        Console.WriteLine();
        Console.WriteLine("Ablation, cross-validated: each row leaves one feature group out.");
        var sets = queries.Select(q => q.Set).Distinct().ToList();
        Console.WriteLine($"{"",-50} " + string.Join(" ", sets.Select(s => $"{s + " " + Measure(s),30}")));
        Row("all features", []);
        foreach (var (group, features) in RankingFeatures.Groups)
        {
            Row($"without {group}", features);
        }

        void Row(string label, IReadOnlyCollection<RankingFeature> masked)
        {
            var scores = CrossValidated(queries, decisions, prior, masked, foldSeed).ToList();
            var cells = sets.Select(set =>
            {
                var summary = scores.Where(s => s.Set == set).Aggregate();
                return queries.First(q => q.Set == set).Pool
                    ? string.Create(CultureInfo.InvariantCulture, $"{summary.Map,15:F4} {summary.NdcgPercent20,14:F4}")
                    : string.Create(CultureInfo.InvariantCulture, $"{summary.NdcgAt10,15:F4} {summary.Mrr,14:F4}");
            });
            Console.WriteLine($"{label,-50} " + string.Join(" ", cells));
        }

        string Measure(string set) => queries.First(q => q.Set == set).Pool ? "MAP / NDCG%20" : "NDCG@10 / MRR";
    }

    private static LabelledCandidate Mask(LabelledCandidate example, IReadOnlyCollection<RankingFeature> masked)
    {
        if (masked.Count == 0)
        {
            return example;
        }

        var features = (double[])example.Features.Clone();
        foreach (var feature in masked)
        {
            features[(int)feature] = 0;
        }

        return example with { Features = features };
    }

    private static MetricSummary Summary(IEnumerable<JudgedQuery> queries, Func<JudgedQuery, IReadOnlyList<string>> ranking) =>
        MetricSummary.Of([.. queries.Select(q => QueryScores.Of(q.QueryId, ranking(q), q.Grades))]);

    private static MetricSummary Aggregate(this IEnumerable<(string Set, QueryScores Scores)> scores) =>
        MetricSummary.Of([.. scores.Select(s => s.Scores)]);
}
