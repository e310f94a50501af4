using Huli.Matchmaking.Import;

namespace Huli.Matchmaking.Needs.Features.Importing;

/// <summary>The columns of a needs file, under the headings of the common technical-need forms (技术需求征集表)
/// in Chinese and English. Field names are <see cref="Posting.NeedInput"/>'s JSON names, so a row problem names
/// the field the API would; <c>trl</c> and <c>budget</c> take a whole range in one cell ("4-7", "50-100万元").</summary>
public static class NeedColumns
{
    public static ColumnMap Map { get; } = ColumnMap.Create(
            ("externalId", ["需求编号", "编号", "登记号", "external id", "id"]),
            ("title", ["需求名称", "需求标题", "标题", "名称", "title", "name"]),
            ("description", ["问题描述", "需求描述", "需求内容", "需求简介", "描述", "description"]),
            ("quantifiedTargets", ["量化指标", "技术指标", "指标要求", "quantified targets", "targets"]),
            ("keywords", ["关键词", "关键字", "keywords", "keyword"]),
            ("fields", ["所属领域", "领域", "行业领域", "技术领域", "fields", "field"]),
            ("trl", ["技术成熟度", "成熟度", "技术成熟度要求", "TRL", "TRL范围", "trl range"]),
            ("trlMin", ["最低技术成熟度", "技术成熟度下限", "TRL下限", "trl min", "min trl"]),
            ("trlMax", ["最高技术成熟度", "技术成熟度上限", "TRL上限", "trl max", "max trl"]),
            ("cooperationModes", ["合作方式", "合作模式", "cooperation modes", "cooperation"]),
            ("budget", ["预算", "预算范围", "投入预算", "拟投入资金", "budget", "budget range"]),
            ("budgetMin", ["预算下限", "最低预算", "budget min", "min budget"]),
            ("budgetMax", ["预算上限", "最高预算", "budget max", "max budget"]),
            ("deadline", ["截止日期", "截止时间", "需求截止日期", "有效期至", "deadline"]),
            ("region", ["地区", "所在地区", "所在区域", "region"]),
            ("enterprise", ["企业", "企业名称", "需求单位", "需求企业", "单位名称", "enterprise", "company"]),
            ("contactName", ["联系人", "contact", "contact name"]),
            ("contactPhone", ["联系电话", "电话", "手机", "phone", "contact phone"]),
            ("contactEmail", ["邮箱", "电子邮箱", "联系邮箱", "email", "e-mail", "contact email"]),
            ("confidentiality", ["保密等级", "保密级别", "公开程度", "confidentiality"]))
        .Require("title", "description");
}
