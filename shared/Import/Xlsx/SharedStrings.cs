using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>The workbook's shared string table, read once with the SAX reader: most text cells point into it.</summary>
internal sealed class SharedStrings
{
    private readonly List<string> items;

    private SharedStrings(List<string> items)
    {
        this.items = items;
    }

    public static SharedStrings Load(SharedStringTablePart? part)
    {
        var items = new List<string>();
        if (part is not null)
        {
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                {
                    items.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
                }
            }
        }

        return new SharedStrings(items);
    }

    public string? this[int index] => index >= 0 && index < items.Count ? items[index] : null;

    /// <summary>Plain text, or the runs of rich text; phonetic guides (rPh) are not part of the value.</summary>
    public static string TextOf(RstType item) =>
        (item.Text?.Text ?? string.Empty) + string.Concat(item.Elements<Run>().Select(run => run.Text?.Text));
}
