using System.Collections.Frozen;
using Huli.Matchmaking.Sorting.Keywords;
using Huli.Matchmaking.Sorting.Taxonomy;

namespace Huli.Matchmaking.Sorting.Classification;

/// <summary>
/// Each district field's indicative terms, analysed with the same analyser as the records, turned into one table:
/// feature → how much it says for each field. A feature that several fields' terms contain is split between them
/// in proportion, so 功率 (功率器件, 功率电池 ...) says little for any one field, while 谐波减速器 says all of its
/// weight for one. Built once; read-only afterwards, so shared by every thread.
/// </summary>
internal sealed class FieldProfiles
{
    // A term the analyser keeps whole is full evidence; the words of a term it splits (功率 + 放大器,
    // machine + vision) are half each, the English pair full again.
    private const double WholeTermWeight = 1.0;
    private const double PartWeight = 0.5;

    // Words as common as 管理 or 数据 in jieba's general corpus (IDF about 4.7) say nothing about a field; from
    // IDF 9 on (芯片, 伺服, 外骨骼) a word is a technical term. In between, evidence grows linearly.
    private const double CommonIdf = 4.5;
    private const double TechnicalIdf = 9.0;

    private static readonly Lazy<FieldProfiles> SharedInstance =
        new(() => new FieldProfiles(IndustryTaxonomy.Default, KeywordVocabulary.Shared),
            LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, double[]> _evidence;

    private FieldProfiles(IndustryTaxonomy taxonomy, KeywordVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        Codes = taxonomy.DistrictFields.Select(field => field.Code).ToArray();

        var weights = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var fieldIndex = 0; fieldIndex < Codes.Length; fieldIndex++)
        {
            var field = taxonomy.DistrictFields[fieldIndex];
            foreach (var term in field.ChineseTerms.Concat(field.EnglishTerms))
            {
                foreach (var (feature, weight) in TermFeatures(term))
                {
                    if (!weights.TryGetValue(feature, out var perField))
                    {
                        perField = new double[Codes.Length];
                        weights.Add(feature, perField);
                    }

                    perField[fieldIndex] += weight;
                }
            }
        }

        // Each feature is worth at most one unit of evidence times how technical it is, shared out among the
        // fields that claim it.
        foreach (var (feature, perField) in weights)
        {
            var scale = Informativeness(feature) / Math.Max(1.0, perField.Sum());
            for (var index = 0; index < perField.Length; index++)
            {
                perField[index] *= scale;
            }
        }

        _evidence = weights.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static FieldProfiles Shared => SharedInstance.Value;

    public KeywordVocabulary Vocabulary { get; }

    /// <summary>District field codes, in the order of the evidence arrays.</summary>
    public string[] Codes { get; }

    public double[]? EvidenceFor(string feature) => _evidence.GetValueOrDefault(feature);

    // The term's own words: the analyser also emits the dictionary words inside a word (电路 and the stray 成电
    // inside 集成电路), which would make every term that contains 电路 or 设计 evidence for its field.
    private Dictionary<string, double> TermFeatures(string term)
    {
        var words = new List<string>();
        foreach (var feature in ClassificationFeatures.Of(Vocabulary.Analyzer.Tokenize(term)))
        {
            var isInner = !IsLatin(feature) && words.Exists(word => word.Length > feature.Length && word.Contains(feature, StringComparison.Ordinal));
            var isLoneHan = !IsLatin(feature) && feature.Length < 2;
            if (!isInner && !isLoneHan)
            {
                words.Add(feature);
            }
        }

        var partWeight = words.Count == 1 ? WholeTermWeight : PartWeight;
        return words.Distinct(StringComparer.Ordinal).ToDictionary(
            word => word,
            word => word.Contains(' ') ? WholeTermWeight : partWeight,
            StringComparer.Ordinal);
    }

    private double Informativeness(string feature)
    {
        if (IsLatin(feature))
        {
            return Vocabulary.IsGenericEnglish(feature.Split(' ')) ? PartWeight : 1.0;
        }

        var idf = Vocabulary.TableIdf(feature) ?? TechnicalIdf;
        return Math.Clamp((idf - CommonIdf) / (TechnicalIdf - CommonIdf), 0.0, 1.0);
    }

    private static bool IsLatin(string feature) => feature.All(char.IsAscii);
}
