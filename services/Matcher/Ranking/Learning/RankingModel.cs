using System.Text.Json;
using Huli.Matchmaking.Matcher.Ranking.Features;

namespace Huli.Matchmaking.Matcher.Ranking.Learning;

/// <summary>
/// A linear ranking model over standardised features: score = sum of w_i * (x_i - mean_i) / scale_i. Linear,
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
    public const string FileName = "ranking-model.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The model that ships with the service, copied next to the assembly.</summary>
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "Ranking", FileName);

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

    public static RankingModel Load(string path)
    {
        var model = JsonSerializer.Deserialize<RankingModel>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no ranking model.");
        if (!model.Features.SequenceEqual(RankingFeatures.Names))
        {
            throw new InvalidDataException(
                $"{path} was trained on features [{string.Join(", ", model.Features)}], not on this Matcher's "
                + $"[{string.Join(", ", RankingFeatures.Names)}]: run `make retrain`.");
        }

        return model;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + Environment.NewLine);
    }
}
