using Huli.Matchmaking.Import;

namespace Huli.Matchmaking.Results.Features.Importing;

/// <summary>The columns of a result file, under the headings institutes actually use (after the registration
/// form) in Chinese and English. The field names are <see cref="Publishing.ResultInput"/>'s JSON names, so a
/// row problem names the same field the API would.</summary>
public static class ResultColumns
{
    public static ColumnMap Map { get; } = ColumnMap.Create(
            ("externalId", ["编号", "成果编号", "登记号", "external id", "externalId", "id"]),
            ("title", ["标题", "成果名称", "名称", "项目名称", "title", "name"]),
            ("abstract", ["摘要", "成果简介", "简介", "内容摘要", "abstract", "summary", "description"]),
            ("keywords", ["关键词", "关键字", "keywords", "keyword"]),
            ("fields", ["领域", "所属领域", "行业领域", "技术领域", "fields", "field"]),
            ("trl", ["技术成熟度", "成熟度", "TRL", "trl"]),
            ("institute", ["单位", "完成单位", "研究机构", "institute", "institution"]),
            ("team", ["团队", "完成人", "研究团队", "team"]),
            ("contactName", ["联系人", "contact", "contact name"]),
            ("contactPhone", ["联系电话", "电话", "联系人电话", "phone", "contact phone"]),
            ("contactEmail", ["邮箱", "电子邮箱", "联系人邮箱", "联系邮箱", "email", "e-mail", "contact email"]),
            ("form", ["成果形式", "形式", "form"]),
            ("ipStatus", ["知识产权状态", "知识产权", "IP status", "ip"]),
            ("patentNumbers", ["专利号", "专利", "patent numbers", "patents"]),
            ("cooperationModes", ["合作方式", "转化方式", "cooperation modes", "cooperation"]),
            ("priceMin", ["价格下限", "最低价格", "意向价格下限", "price min", "min price"]),
            ("priceMax", ["价格上限", "最高价格", "意向价格上限", "price max", "max price"]),
            ("region", ["地区", "所在地区", "region"]),
            ("completedOn", ["完成日期", "完成时间", "completed on", "completed"]),
            ("validUntil", ["有效期至", "有效期", "valid until"]))
        .Require("title", "abstract");
}
