using System.Globalization;
using System.Text;

namespace Huli.Matchmaking.Evaluation;

/// <summary>Writes a TREC run file: one line per ranked document, <c>qid Q0 doc_id rank score tag</c>.</summary>
public static class TrecRunFile
{
    public static void Write(string path, IEnumerable<(string QueryId, IReadOnlyList<(string DocumentId, double Score)> Ranked)> runs, string tag)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = new StringBuilder();
        foreach (var (queryId, ranked) in runs)
        {
            foreach (var ((documentId, score), index) in ranked.Select((r, i) => (r, i)))
            {
                text.Append(CultureInfo.InvariantCulture, $"{queryId} Q0 {documentId} {index + 1} {score:F6} {tag}\n");
            }
        }

        File.WriteAllText(path, text.ToString());
    }
}
