namespace Huli.Matchmaking.Evaluation;

/// <summary>The command line; paths are taken from the working directory, which make makes the repo root.</summary>
public sealed record EvaluationOptions(
    string Command,
    string? Data,
    bool Pool,
    string? Output,
    IReadOnlyList<(string Folder, bool Pool)> TrainingSets,
    string? Decisions,
    string? Model,
    bool Ablation,
    bool CompareTrees = false,
    int? FoldSeed = null)
{
    public const string Usage = """
        usage: Huli.Matchmaking.Evaluation eval --data DIR [--pool] [--out FILE]
               Huli.Matchmaking.Evaluation retrain --set DIR[:pool] ... [--decisions MATCHER_DB] [--model FILE] [--ablation] [--trees] [--fold-seed N]
          eval      rank every query of the set in DIR (corpus.jsonl, queries.jsonl, qrels.tsv) with the shipped
                    model, write a TREC run (default artifacts/eval/<set>.run) and print the measures
          --pool    re-rank only each query's judged documents (CSFCube's protocol)
          retrain   learn the ranking model from the sets (":pool" = rank the judged pool) and the labelled
                    decisions in a Matcher SQLite database; print in-sample and cross-validated figures and
                    write the model (default services/Matcher/Ranking/Learning/ranking-model.json)
          --ablation  also measure, cross-validated, what each feature group adds
          --trees   also cross-validate boosted trees (ML.NET FastTree) on the same features and folds
          --fold-seed N  shuffle the queries into cross-validation folds with seed N (default: position modulo 5)
        """;

    public static EvaluationOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("eval" or "retrain"))
        {
            return null;
        }

        string? data = null, output = null, decisions = null, model = null;
        bool pool = false, ablation = false, trees = false;
        int? foldSeed = null;
        var sets = new List<(string, bool)>();
        for (var i = 1; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--data": data = Next(); break;
                case "--pool": pool = true; break;
                case "--out": output = Next(); break;
                case "--decisions": decisions = Next(); break;
                case "--model": model = Next(); break;
                case "--ablation": ablation = true; break;
                case "--trees": trees = true; break;
                case "--fold-seed" when int.TryParse(Next(), out var seed): foldSeed = seed; break;
                case "--set" when Next() is { } set:
                    sets.Add(set.EndsWith(":pool", StringComparison.Ordinal) ? (set[..^5], true) : (set, false));
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete argument: {args[i]}");
                    return null;
            }
        }

        var valid = args[0] == "eval" ? data is not null : sets.Count > 0;
        return valid ? new EvaluationOptions(args[0], data, pool, output, sets, decisions, model, ablation, trees, foldSeed) : null;
    }
}
