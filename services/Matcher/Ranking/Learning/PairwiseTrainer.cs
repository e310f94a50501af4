using Huli.Matchmaking.Matcher.Ranking.Features;

namespace Huli.Matchmaking.Matcher.Ranking.Learning;

/// <summary>
/// Learns a <see cref="RankingModel"/> by pairwise logistic regression (RankNet with a linear scorer): for every
/// two candidates of the same need with different grades, the better one should score higher. Each need weighs
/// the same however many pairs it has, so a need with a large judged pool does not drown the others. The weights
/// are pulled towards the prior model's (L2): a feature the examples cannot inform (no variance, such as TRL fit
/// in sets without TRL) keeps its prior weight, and one they do inform moves as far as the evidence carries it.
/// </summary>
public static class PairwiseTrainer
{
    /// <summary>The pull towards the prior. Chosen by cross-validation over both dev sets from 0.01, 0.03, 0.1,
    /// 0.3 and 1 (docs/matching.md): 0.03 was best on both; 0.01 overfits csfcube-dev's 24 queries.</summary>
    public const double Regularisation = 0.03;
    public const int Iterations = 400;
    public const double LearningRate = 0.5;

    public static RankingModel Train(IReadOnlyList<LabelledCandidate> examples, RankingModel prior, string trainedOn)
    {
        var dimensions = RankingFeatures.Count;
        var mean = (double[])prior.Mean.Clone();
        var scale = (double[])prior.Scale.Clone();
        var informed = new bool[dimensions];
        for (var d = 0; d < dimensions && examples.Count > 1; d++)
        {
            var values = examples.Select(e => e.Features[d]).ToList();
            var average = values.Average();
            var deviation = Math.Sqrt(values.Sum(v => (v - average) * (v - average)) / values.Count);
            if (deviation > 1e-6)
            {
                (mean[d], scale[d], informed[d]) = (average, deviation, true);
            }
        }

        var pairs = Pairs(examples, mean, scale);
        var priorWeights = new double[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            // The prior's weight per raw unit, re-expressed in this model's scale.
            priorWeights[d] = informed[d] ? prior.Weights[d] * scale[d] / prior.Scale[d] : prior.Weights[d];
        }

        var weights = Fit(pairs, priorWeights);
        return new RankingModel(RankingFeatures.Names, mean, scale, weights, trainedOn);
    }

    private static double[] Fit(IReadOnlyList<Pair> pairs, double[] prior)
    {
        var weights = (double[])prior.Clone();
        var gradient = new double[weights.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var d = 0; d < weights.Length; d++)
            {
                gradient[d] = Regularisation * (weights[d] - prior[d]);
            }

            foreach (var pair in pairs)
            {
                var margin = 0.0;
                for (var d = 0; d < weights.Length; d++)
                {
                    margin += weights[d] * pair.Difference[d];
                }

                // d/dw of log(1 + e^-margin) is -difference / (1 + e^margin).
                var pull = pair.Weight / (1 + Math.Exp(margin));
                for (var d = 0; d < weights.Length; d++)
                {
                    gradient[d] -= pull * pair.Difference[d];
                }
            }

            for (var d = 0; d < weights.Length; d++)
            {
                weights[d] -= LearningRate * gradient[d];
            }
        }

        return weights;
    }

    /// <summary>Better-minus-worse standardised differences, each need's pairs weighing 1 / (pairs of the need x needs).</summary>
    private static List<Pair> Pairs(IReadOnlyList<LabelledCandidate> examples, double[] mean, double[] scale)
    {
        var groups = examples.GroupBy(e => e.Group, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .Where(g => g.Select(e => e.Grade).Distinct().Count() > 1)
            .ToList();
        var pairs = new List<Pair>();
        foreach (var group in groups)
        {
            var start = pairs.Count;
            foreach (var better in group)
            {
                foreach (var worse in group.Where(w => w.Grade < better.Grade))
                {
                    var difference = new double[mean.Length];
                    for (var d = 0; d < mean.Length; d++)
                    {
                        difference[d] = (better.Features[d] - worse.Features[d]) / scale[d];
                    }

                    pairs.Add(new Pair(difference, 0));
                }
            }

            var weight = 1.0 / ((pairs.Count - start) * groups.Count);
            for (var i = start; i < pairs.Count; i++)
            {
                pairs[i] = pairs[i] with { Weight = weight };
            }
        }

        return pairs;
    }

    private sealed record Pair(double[] Difference, double Weight);
}
