using System.Text.Json;
using System.Text.RegularExpressions;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>One paper of the shared corpora: its title, its abstract cut into sentences (none for a title-only
/// paper), its author keywords and discipline when the corpus gives them.</summary>
public sealed record SourcePaper(string Id, string Title, IReadOnlyList<string> Sentences, IReadOnlyList<string> Keywords, string? Discipline);

/// <summary>The papers the generated results are made of, read in place from <c>../shared/data</c>: the Chinese
/// CSL papers of the science, engineering, agriculture and medicine categories (the rest read nothing like a
/// 科技成果), and the English CSFCube computer-science papers.</summary>
public sealed partial class SourcePapers
{
    private static readonly HashSet<string> TechnicalCategories = ["工学", "理学", "农学", "医学"];

    /// <summary>U+FFFD, which a few corpus lines carry from their own conversion; the importer rightly rejects
    /// it as undecodable, so sentences with it are left out to keep every generated row valid.</summary>
    private const char Replacement = '\uFFFD';

    /// <summary>As many author keywords as a registration form takes in practice (the importer allows 20).</summary>
    private const int MaxKeywords = 10;

    /// <summary>The separators the importer splits a keyword cell on; a keyword holding one would become two.</summary>
    private static readonly char[] ListSeparators = [';', '；', ',', '，', '、', '|', '｜'];

    private SourcePapers(IReadOnlyList<SourcePaper> chineseTitles, IReadOnlyList<SourcePaper> chineseAbstracts, IReadOnlyList<SourcePaper> english)
    {
        ChineseTitles = chineseTitles;
        ChineseAbstracts = chineseAbstracts;
        English = english;
    }

    /// <summary>Every Chinese paper, with or without an abstract: the pool of titles.</summary>
    public IReadOnlyList<SourcePaper> ChineseTitles { get; }

    /// <summary>The Chinese papers with an abstract (and author keywords): the pool of sentences.</summary>
    public IReadOnlyList<SourcePaper> ChineseAbstracts { get; }

    /// <summary>The English papers, all with abstracts.</summary>
    public IReadOnlyList<SourcePaper> English { get; }

    public static SourcePapers Load(string dataPath)
    {
        var chinese = Path.Combine(dataPath, "csl-needs-dev", "corpus.jsonl");
        var english = Path.Combine(dataPath, "csfcube-dev", "corpus.jsonl");
        foreach (var file in new[] { chinese, english })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"The benchmark reads {file}; pass --data with the shared data folder.", file);
            }
        }

        var chinesePapers = Read(chinese, SplitChinese).ToList();
        var englishPapers = Read(english, SplitEnglish).Where(p => p.Sentences.Count >= 2).ToList();
        return new SourcePapers(
            chinesePapers,
            chinesePapers.Where(p => p.Sentences.Count >= 2).ToList(),
            englishPapers);
    }

    private static IEnumerable<SourcePaper> Read(string file, Func<string, IReadOnlyList<string>> split)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.TryGetProperty("category", out var category) && !TechnicalCategories.Contains(category.GetString() ?? ""))
            {
                continue;
            }

            var title = root.GetProperty("title").GetString()?.Trim();
            if (string.IsNullOrEmpty(title) || title.Contains(Replacement))
            {
                continue;
            }

            var keywords = root.TryGetProperty("keywords", out var k) && k.ValueKind == JsonValueKind.Array
                ? k.EnumerateArray().Select(e => e.GetString()?.Trim() ?? "").Where(IsOneKeyword).Take(MaxKeywords).ToList()
                : [];
            var discipline = root.TryGetProperty("discipline", out var d) ? d.GetString() : null;
            yield return new SourcePaper(
                root.GetProperty("doc_id").GetString()!,
                title,
                split(root.TryGetProperty("text", out var text) ? text.GetString() ?? "" : ""),
                keywords,
                discipline);
        }
    }

    private static bool IsOneKeyword(string word) => word.Length is > 0 and <= 50 && word.IndexOfAny(ListSeparators) < 0;

    /// <summary>CSL abstracts end sentences with 。 or an ASCII full stop (and clauses with ；); a full stop between
    /// digits is a decimal point, not an end.</summary>
    private static IReadOnlyList<string> SplitChinese(string text) =>
        ChineseSentenceEnd().Split(text)
            .Select(s => s.Trim().TrimEnd('.', '。', '；', ';', '！', '？').Trim())
            .Where(s => s.Length >= 8 && !s.Contains(Replacement))
            .ToList();

    private static IReadOnlyList<string> SplitEnglish(string text) =>
        EnglishSentenceEnd().Split(text)
            .Select(s => s.Trim())
            .Where(s => s.Length >= 20 && !s.Contains(Replacement))
            .ToList();

    [GeneratedRegex(@"(?<=[。；！？])|(?<=(?<!\d)\.)(?!\d)")]
    private static partial Regex ChineseSentenceEnd();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(])")]
    private static partial Regex EnglishSentenceEnd();
}
