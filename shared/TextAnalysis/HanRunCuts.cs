namespace Huli.Matchmaking.TextAnalysis;

/// <summary>
/// The accurate cuts of one record's Han runs, kept while the record is being analysed more than once: sorting
/// cuts each run for keyword phrases and again for the analyser's tokens, and the second cut becomes a lookup.
/// One instance per record and per thread (it has no lock), dropped with the record, so it holds no memory after.
/// </summary>
internal sealed class HanRunCuts
{
    private readonly Dictionary<string, List<string>> _cuts = new(StringComparer.Ordinal);

    /// <summary>Adds jieba's accurate cut of a run of Han characters to <paramref name="words"/>.</summary>
    public void Cut(string hanRun, List<string> words)
    {
        if (!_cuts.TryGetValue(hanRun, out var cut))
        {
            cut = [];
            ChineseWordSegmenter.Shared.Cut(hanRun, cut);
            _cuts.Add(hanRun, cut);
        }

        words.AddRange(cut);
    }
}
