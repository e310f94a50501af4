using Huli.Matchmaking.Sorting.Classification;
using Huli.Matchmaking.Sorting.Duplicates;
using Huli.Matchmaking.Sorting.Keywords;
using Huli.Matchmaking.Sorting.Language;
using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Sorting;

/// <summary>What sorting (梳理) adds to a record the sender left incomplete: keywords from its text, industry
/// fields from a classifier (with its confidence), its language and its near-duplicate fingerprint. Title, text
/// and keywords are analysed once and the tokens shared by the classifier and the fingerprint.</summary>
public sealed record RecordSorting(
    IReadOnlyList<string> Keywords,
    bool KeywordsExtracted,
    IReadOnlyList<string> Fields,
    double? FieldConfidence,
    string Language,
    SimHash Fingerprint)
{
    public static RecordSorting Of(string title, string text, IReadOnlyList<string> keywords, IReadOnlyList<string> fields)
    {
        var extracted = keywords.Count == 0;
        var cuts = new HanRunCuts();
        var finalKeywords = extracted ? KeywordExtractor.Extract(title, text, KeywordExtractor.DefaultCount, cuts) : keywords;
        var tokens = RecordTokens.Of(title, text, finalKeywords, cuts);
        double? confidence = null;
        var finalFields = fields;
        if (fields.Count == 0)
        {
            var guesses = FieldClassifier.Classify(tokens);
            finalFields = FieldClassifier.ConfidentFields(guesses);
            confidence = guesses.Count > 0 ? Math.Round(guesses[0].Confidence, 3) : 0;
        }

        return new RecordSorting(
            finalKeywords,
            extracted,
            finalFields,
            confidence,
            RecordLanguage.Detect(title, text) ?? RecordLanguage.Chinese,
            SimHash.Of(tokens));
    }
}
