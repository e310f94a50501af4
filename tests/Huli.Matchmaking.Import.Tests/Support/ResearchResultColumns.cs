namespace Huli.Matchmaking.Import.Tests.Support;

/// <summary>The research-result columns the Results service will ask for; the import library itself knows
/// nothing about results.</summary>
internal static class ResearchResultColumns
{
    public static ColumnMap Map { get; } = ColumnMap.Create(
            ("title", ["标题", "成果名称", "名称", "title", "Title"]),
            ("abstract", ["摘要", "成果简介", "简介", "abstract", "summary"]),
            ("keywords", ["关键词", "keywords"]),
            ("fields", ["领域", "所属领域", "行业领域", "fields", "field"]),
            ("trl", ["技术成熟度", "TRL", "trl"]),
            ("externalId", ["编号", "成果编号", "external id", "externalId", "id"]))
        .Require("title");
}
