using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>Analyses a record's text once, with the same analyser the index gets its tokens from, into ids of
/// the shared vocabulary.</summary>
public sealed class ProfileAnalyzer(ITextAnalyzer analyzer, TokenVocabulary vocabulary)
{
    public TokenVocabulary Vocabulary => vocabulary;

    public AnalysedFields Analyse(string title, IReadOnlyList<string> keywords, string text) => new(
        vocabulary.IdsOf(analyzer.Tokenize(title)),
        [.. keywords.Select(k => vocabulary.IdsOf(analyzer.Tokenize(k))).Where(k => k.Length > 0)],
        vocabulary.IdsOf(analyzer.Tokenize(text)));

    /// <summary>The query tokens of a record, as the candidate stage sends them to the index: title, keywords,
    /// text, in the order a reader meets them.</summary>
    public IReadOnlyList<string> QueryTokens(AnalysedFields fields) =>
        [.. fields.Title.Concat(fields.KeywordTokens).Concat(fields.Text).Select(vocabulary.TokenOf)];
}
