using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Sorting;

/// <summary>A record's title, text and each keyword as the analyser's tokens, analysed once per record and read
/// by both the field classifier and the fingerprint (each used to analyse the whole record on its own).</summary>
internal sealed record RecordTokens(
    IReadOnlyList<string> Title, IReadOnlyList<string> Text, IReadOnlyList<IReadOnlyList<string>> Keywords)
{
    private static readonly Lazy<ChineseEnglishAnalyzer> SharedAnalyzer =
        new(() => new ChineseEnglishAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Analyses the record; <paramref name="cuts"/> holds the Han runs already cut for its keywords.</summary>
    public static RecordTokens Of(string? title, string? text, IEnumerable<string>? keywords, HanRunCuts? cuts = null)
    {
        var analyzer = SharedAnalyzer.Value;
        var keywordTokens = new List<IReadOnlyList<string>>();
        foreach (var keyword in keywords ?? [])
        {
            keywordTokens.Add(analyzer.Tokenize(keyword, cuts));
        }

        return new RecordTokens(analyzer.Tokenize(title, cuts), analyzer.Tokenize(text, cuts), keywordTokens);
    }
}
