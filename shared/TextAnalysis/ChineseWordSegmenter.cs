using JiebaNet.Segmenter;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>
/// jieba.NET behind a process-wide, load-once facade.
/// <para>Thread safety: jieba keeps its dictionary in a static, unsynchronised <c>Dictionary</c> that
/// <c>AddWord</c>/<c>LoadUserDict</c> write and every cut reads; <c>Cut</c> itself only reads shared state (the
/// DAG, route and HMM tables are locals; the static tables are built once behind <c>Lazy</c>). So cutting is safe
/// from many threads as long as nothing writes the dictionary meanwhile. This class therefore does every write
/// exactly once, inside its own <c>Lazy</c>, before any instance can cut, and exposes no way to add words later.
/// No lock is needed on the hot path; the analyser's tests cut in parallel to check it.</para>
/// </summary>
internal sealed class ChineseWordSegmenter
{
    private static readonly Lazy<ChineseWordSegmenter> SharedInstance =
        new(() => new ChineseWordSegmenter(AnalyzerResources.JiebaDirectory, AnalyzerResources.DomainDictionaryPath),
            LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaSegmenter _jieba;
    private readonly WordDictionary _dictionary;

    private ChineseWordSegmenter(string jiebaDirectory, string domainDictionaryPath)
    {
        // jieba swallows I/O errors and would silently run with an empty dictionary, so check first.
        RequireFile(Path.Combine(jiebaDirectory, "dict.txt"));
        RequireFile(domainDictionaryPath);

        // Must be set before JiebaSegmenter's static constructor loads the main dictionary.
        ConfigManager.ConfigFileBaseDir = jiebaDirectory;
        _jieba = new JiebaSegmenter();
        _dictionary = WordDictionary.Instance;

        foreach (var entry in DomainDictionary.Load(domainDictionaryPath))
        {
            _jieba.AddWord(entry.Word, entry.Frequency, entry.Tag);
        }
    }

    public static ChineseWordSegmenter Shared => SharedInstance.Value;

    /// <summary>
    /// Search-mode segmentation of a run of Han characters: each word of jieba's accurate cut, followed by every
    /// dictionary word inside it. Documents and queries use the same cut, so a need saying 同步电机 finds a result
    /// saying 永磁同步电机, and the longer shared word still scores extra. jieba's own CutForSearch only looks
    /// at two- and three-character parts and would miss four-character terms such as 同步电机 or 表面缺陷.
    /// </summary>
    public IEnumerable<string> Segment(string hanRun)
    {
        foreach (var word in _jieba.Cut(hanRun, cutAll: false, hmm: true))
        {
            yield return word;

            for (var start = 0; start < word.Length - 1; start++)
            {
                for (var length = Math.Min(word.Length - start, word.Length - 1); length >= 2; length--)
                {
                    var part = word.Substring(start, length);
                    if (_dictionary.ContainsWord(part))
                    {
                        yield return part;
                    }
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
