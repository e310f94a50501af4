using System.Text.Json;
using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Ranking.Learning;

/// <summary>The shipped ranking models, one per <see cref="RankingLanguage"/>, in one file.</summary>
public sealed record RankingModels(RankingModel Chinese, RankingModel English)
{
    public const string FileName = "ranking-model.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The models that ship with the service, copied next to the assembly.</summary>
    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "Ranking", FileName);

    public RankingModel For(string language) => language == RankingLanguage.English ? English : Chinese;

    public static RankingModels Load(string path)
    {
        var models = JsonSerializer.Deserialize<RankingModels>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no ranking models.");
        return new RankingModels(models.Chinese.Validated($"{path} (Chinese)"), models.English.Validated($"{path} (English)"));
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + Environment.NewLine);
    }
}
