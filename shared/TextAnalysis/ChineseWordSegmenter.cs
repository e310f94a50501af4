namespace Huli.Matchmaking.TextAnalysis;

/// <summary>
/// jieba's segmentation behind a process-wide, load-once facade: jieba's dictionary and HMM plus the domain
/// dictionary, cut by <see cref="JiebaWordCut"/> (jieba.NET's accurate cut, re-done without its allocations).
/// <para>Thread safety: everything is loaded inside one <c>Lazy</c> and never written afterwards, so any number of
/// threads cut at once without a lock; the analyser's tests cut in parallel to check it.</para>
/// </summary>
internal sealed class ChineseWordSegmenter
{
    private static readonly Lazy<ChineseWordSegmenter> SharedInstance =
        new(() => new ChineseWordSegmenter(AnalyzerResources.JiebaDirectory, AnalyzerResources.DomainDictionaryPath),
            LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaWordCut _cut;

    private ChineseWordSegmenter(string jiebaDirectory, string domainDictionaryPath)
    {
        RequireFile(Path.Combine(jiebaDirectory, "dict.txt"));
        RequireFile(Path.Combine(jiebaDirectory, "prob_trans.json"));
        RequireFile(Path.Combine(jiebaDirectory, "prob_emit.json"));
        RequireFile(domainDictionaryPath);

        _cut = JiebaWordCut.Load(
            jiebaDirectory, DomainDictionary.Load(domainDictionaryPath).Select(term => (term.Word, term.Frequency)));
    }

    public static ChineseWordSegmenter Shared => SharedInstance.Value;

    public bool ContainsWord(ReadOnlySpan<char> word) => _cut.ContainsWord(word);

    /// <summary>jieba's accurate cut of a run of Han characters (永磁同步电机 stays whole).</summary>
    public void Cut(string hanRun, List<string> words) => _cut.Cut(hanRun, words);

    /// <summary>
    /// Search-mode segmentation of a run of Han characters: each word of jieba's accurate cut, followed by every
    /// dictionary word inside it. Documents and queries use the same cut, so a need saying 同步电机 finds a result
    /// saying 永磁同步电机, and the longer shared word still scores extra. jieba's own CutForSearch only looks
    /// at two- and three-character parts and would miss four-character terms such as 同步电机 or 表面缺陷.
    /// </summary>
    public void Segment(string hanRun, List<string> tokens, HanRunCuts? cuts = null)
    {
        var words = new List<string>();
        if (cuts is null)
        {
            _cut.Cut(hanRun, words);
        }
        else
        {
            cuts.Cut(hanRun, words);
        }

        Span<int> shortWordLengths = stackalloc int[64];
        Span<int> shortWordNodes = stackalloc int[64];
        foreach (var word in words)
        {
            tokens.Add(word);
            var lengths = word.Length <= shortWordLengths.Length ? shortWordLengths : new int[word.Length];
            var nodes = word.Length <= shortWordNodes.Length ? shortWordNodes : new int[word.Length];

            // Longest part first at each start, as before; the trie walk finds them shortest first.
            var dictionary = _cut.Dictionary;
            for (var start = 0; start < word.Length - 1; start++)
            {
                var maxLength = Math.Min(word.Length - start, word.Length - 1);
                var found = 0;
                var node = dictionary.Root(word[start]);
                for (var length = 1; node != PrefixTrie.None && length <= maxLength; length++)
                {
                    if (length >= 2 && dictionary.Frequency(node) > 0)
                    {
                        lengths[found] = length;
                        nodes[found++] = node;
                    }

                    node = length < maxLength ? dictionary.Child(node, word[start + length]) : PrefixTrie.None;
                }

                while (found > 0)
                {
                    found--;
                    tokens.Add(dictionary.Word(nodes[found], word.AsSpan(start, lengths[found])));
                }
            }
        }
    }

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Text analysis data file '{path}' is missing. It is copied to the output folder by "
                + "Huli.Matchmaking.TextAnalysis.csproj; reference that project instead of its assembly.",
                path);
        }
    }
}
