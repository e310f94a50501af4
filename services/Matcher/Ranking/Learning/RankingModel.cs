using Huli.Matchmaking.Matcher.Ranking.Features;

namespace Huli.Matchmaking.Matcher.Ranking.Learning;

/// <summary>
/// The linear ranking model of one language over standardised features: score = sum of w_i * (x_i - mean_i) / scale_i. Linear,
/// because it beat boosted trees cross-validated on the dev sets (docs/matching.md) and because a weight times a
/// distance from the average candidate is an explanation a coordinator can read.
/// </summary>
public sealed record RankingModel(
    IReadOnlyList<string> Features,
    double[] Mean,
    double[] Scale,
    double[] Weights,
    string TrainedOn)
{
    public double Score(double[] features)
    {
        var score = 0.0;
        for (var i = 0; i < Weights.Length; i++)
        {
            score += Contribution(i, features);
        }

        return score;
    }

    /// <summary>What feature <paramref name="index"/> adds to the score compared with an average candidate.</summary>
    public double Contribution(int index, double[] features) => Weights[index] * (features[index] - Mean[index]) / Scale[index];

    /// <summary>Throws unless the model was trained on this Matcher's features, in this order.</summary>
    public RankingModel Validated(string source)
    {
        if (!Features.SequenceEqual(RankingFeatures.Names) || new[] { Mean.Length, Scale.Length, Weights.Length }.Any(n => n != Features.Count))
        {
            throw new InvalidDataException(
                $"{source} was trained on features [{string.Join(", ", Features)}], not on this Matcher's "
                + $"[{string.Join(", ", RankingFeatures.Names)}]: run `make retrain`.");
        }

        return this;
    }
}
