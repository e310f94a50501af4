using Huli.Matchmaking.Evaluation;

namespace Huli.Matchmaking.Matcher.Tests.Evaluation;

/// <summary>The harness on a small set in the shared data format, through the Matcher's own ranking classes.</summary>
public sealed class EvaluationHarnessTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "huli-eval-tests", Guid.NewGuid().ToString("N"));

    public EvaluationHarnessTests()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "corpus.jsonl"),
        [
            """{"doc_id": "vision", "title": "基于深度学习的注塑件表面划痕机器视觉检测", "text": "采用深度学习检测注塑件表面划痕与缩痕。", "keywords": ["机器视觉", "划痕"]}""",
            """{"doc_id": "moulding", "title": "注塑成型工艺参数优化", "text": "优化注塑成型保压压力与模温，减少翘曲和缩痕。"}""",
            """{"doc_id": "battery", "title": "高镍三元锂离子电池正极包覆", "text": "原子层沉积氧化铝包覆提高锂离子电池循环寿命。"}""",
            """{"doc_id": "parsing", "title": "Dependency parsing with case constraints", "text": "Morphological case restricts the search space of a statistical dependency parser."}""",
        ]);
        File.WriteAllLines(Path.Combine(folder, "queries.jsonl"),
        [
            """{"qid": "scratch", "title": "注塑件表面划痕视觉检测", "text": "家电注塑外壳表面划痕依靠人工目检，希望采用机器视觉自动检测。"}""",
            """{"qid": "parser", "title": "Faster dependency parsing", "text": "We need a dependency parser that uses morphological case.", "facet_text": "dependency parser"}""",
        ]);
        File.WriteAllLines(Path.Combine(folder, "qrels.tsv"),
        [
            "qid\tdoc_id\tgrade",
            "scratch\tvision\t2",
            "scratch\tmoulding\t1",
            "scratch\tbattery\t0",
            "parser\tparsing\t3",
        ]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_run_file_ranks_each_need_in_trec_format_best_first()
    {
        var run = Path.Combine(folder, "out", "test.run");

        Assert.Equal(0, await EvaluateCommand.RunAsync(folder, pool: false, run, CancellationToken.None));

        var lines = File.ReadAllLines(run).Select(l => l.Split(' ')).ToList();
        Assert.All(lines, l => Assert.Equal(6, l.Length));
        Assert.All(lines, l => Assert.Equal("Q0", l[1]));
        var scratch = lines.Where(l => l[0] == "scratch").ToList();
        Assert.Equal(["vision", "moulding"], scratch.Take(2).Select(l => l[2]));
        Assert.Equal(Enumerable.Range(1, scratch.Count).Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)), scratch.Select(l => l[3]));
        Assert.Equal("parsing", lines.First(l => l[0] == "parser")[2]);
    }

    [Fact]
    public async Task A_pool_run_ranks_exactly_the_judged_documents_of_each_need()
    {
        var set = EvaluationSet.Load(folder);
        using var workspace = new RankingWorkspace();
        await workspace.LoadAsync(set.Corpus, CancellationToken.None);

        var queries = await QueryCollector.CollectAsync(set, workspace, pool: true, addJudged: false, CancellationToken.None);

        var scratch = queries.Single(q => q.QueryId == "scratch");
        Assert.Equal(["vision", "moulding", "battery"], scratch.RankedBy(workspace.Ranker.Models));
        Assert.Equal(["battery", "moulding", "vision"], scratch.Baseline.Order());
        var scores = QueryScores.Of(scratch.QueryId, scratch.RankedBy(workspace.Ranker.Models), scratch.Grades);
        Assert.Equal(1.0, scores.Map);
        Assert.Equal(1.0, scores.Mrr);
    }
}
