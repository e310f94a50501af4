using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Decoding;

/// <summary>Finds the cells where the decoder met bytes that are not text in the file's encoding.</summary>
internal static class Undecodable
{
    public const char Replacement = '\uFFFD';

    public static void Report(IReadOnlyDictionary<string, string?> cells, string encodingName, LocalText rowLabel, List<RowProblem> problems)
    {
        foreach (var (field, value) in cells)
        {
            if (value is not null && value.Contains(Replacement, StringComparison.Ordinal))
            {
                problems.Add(new RowProblem(field, new LocalText(
                    $"{rowLabel.Chinese}：{field} 含有不是有效 {encodingName} 文本的字节（显示为 \uFFFD）。请将整个文件以同一种编码保存（最好是 CSV UTF-8）后重新上传。",
                    $"{rowLabel.English}: the {field} contains bytes that are not valid {encodingName} text (shown as \uFFFD). Save the whole file in one encoding, preferably CSV UTF-8, and upload it again.")));
            }
        }
    }
}
