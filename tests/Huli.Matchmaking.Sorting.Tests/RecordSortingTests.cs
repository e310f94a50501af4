using Huli.Matchmaking.Sorting.Classification;
using Huli.Matchmaking.Sorting.Duplicates;
using Huli.Matchmaking.Sorting.Keywords;
using Huli.Matchmaking.Sorting.Language;

namespace Huli.Matchmaking.Sorting.Tests;

public class RecordSortingTests
{
    [Fact]
    public void Sorting_a_record_gives_what_each_step_gives_on_its_own()
    {
        foreach (var (title, text, keywords, fields) in IncompleteDemoRecords())
        {
            var sorting = RecordSorting.Of(title, text, keywords, fields);

            var expectedKeywords = keywords.Count == 0 ? KeywordExtractor.Extract(title, text) : keywords;
            Assert.Equal(expectedKeywords, sorting.Keywords);
            Assert.Equal(keywords.Count == 0, sorting.KeywordsExtracted);
            if (fields.Count == 0)
            {
                var guesses = FieldClassifier.Classify(title, text, expectedKeywords);
                Assert.Equal(FieldClassifier.ConfidentFields(title, text, expectedKeywords), sorting.Fields);
                Assert.Equal(guesses.Count > 0 ? Math.Round(guesses[0].Confidence, 3) : 0, sorting.FieldConfidence);
            }
            else
            {
                Assert.Equal(fields, sorting.Fields);
                Assert.Null(sorting.FieldConfidence);
            }

            Assert.Equal(RecordLanguage.Detect(title, text), sorting.Language);
            Assert.Equal(SimHash.Of(title, text, expectedKeywords), sorting.Fingerprint);
        }
    }

    [Fact]
    public void Records_sorted_on_several_threads_at_once_get_the_same_sorting_as_one_by_one()
    {
        var records = IncompleteDemoRecords();
        var sequential = records.Select(record => Contents(RecordSorting.Of(record.Title, record.Text, record.Keywords, record.Fields))).ToList();
        var parallel = new (string, bool, string, double?, string, SimHash)[records.Count * 8];

        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            var (title, text, keywords, fields) = records[index % records.Count];
            parallel[index] = Contents(RecordSorting.Of(title, text, keywords, fields));
        });

        Assert.Contains(sequential, sorting => sorting.Extracted);
        for (var index = 0; index < parallel.Length; index++)
        {
            Assert.Equal(sequential[index % records.Count], parallel[index]);
        }
    }

    // The demo records as an import sees them: some without keywords, some without fields, some without both.
    private static List<(string Title, string Text, IReadOnlyList<string> Keywords, IReadOnlyList<string> Fields)> IncompleteDemoRecords()
    {
        return DemoRecord.All
            .Select((record, index) => (
                record.Title,
                record.Text,
                index % 3 == 0 ? (IReadOnlyList<string>)[] : record.Keywords,
                index % 2 == 0 ? (IReadOnlyList<string>)[] : record.Fields))
            .ToList();
    }

    // RecordSorting's own equality compares its lists by reference; this compares what they hold.
    private static (string Keywords, bool Extracted, string Fields, double? Confidence, string Language, SimHash Fingerprint) Contents(RecordSorting sorting) =>
        (string.Join('|', sorting.Keywords), sorting.KeywordsExtracted, string.Join('|', sorting.Fields), sorting.FieldConfidence, sorting.Language, sorting.Fingerprint);
}
