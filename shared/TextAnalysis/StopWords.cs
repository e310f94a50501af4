using System.Collections.Frozen;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>
/// Words dropped before indexing and querying. Besides grammar words, the lists drop the boilerplate that almost
/// every enterprise need and research result contains (技术, 需求, 合作, 研究, 成果 ...): they discriminate
/// nothing, yet while the index is small BM25's IDF for them is not low enough to stop them adding noise to every
/// score, and they would fill MatchedTerms with words that explain nothing. Domain words that are common but still
/// say what a text is about (检测, 系统, 设备, 材料, 工艺, 产品) are kept: BM25 weighs them down by itself.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Chinese = new[]
    {
        // Particles, conjunctions, prepositions, pronouns, determiners.
        "的", "地", "得", "之", "了", "着", "过", "吗", "呢", "吧", "啊", "和", "与", "及", "以及", "或", "或者",
        "并", "并且", "而", "而且", "且", "同时", "但", "但是", "然而", "如果", "因为", "所以", "因此", "由于",
        "为了", "为", "以", "于", "对", "对于", "关于", "在", "从", "向", "将", "把", "被", "由", "按", "按照",
        "根据", "通过", "经过", "等", "等等", "是", "有", "没有", "无", "不", "也", "又", "还", "都", "就", "则",
        "即", "其", "其中", "该", "此", "这", "这个", "这些", "这种", "那", "那些", "各", "各种", "每", "个",
        "一", "一个", "一种", "一些", "一套", "一项", "一批", "及其", "以上", "以下", "之一", "之间", "其他",
        "其它", "相关", "有关", "方面", "如何", "怎样", "什么", "哪些", "我", "我们", "我司", "本", "本公司",
        "贵", "你们", "他们", "它",

        // Modal and auxiliary verbs, degree adverbs, time adverbs.
        "可以", "能", "能够", "可", "会", "应", "应该", "需", "要", "需要", "已", "已经", "正在", "目前", "现在",
        "现有", "当前", "很", "更", "最", "非常", "比较", "较", "较高", "较低",

        // Verbs that only frame a statement: 基于/采用/利用 X, 进行/实现 X, 用于 X.
        "进行", "实现", "采用", "利用", "使用", "具有", "基于", "主要", "用于", "提供", "提出", "涉及", "包括",
        "提高", "提升", "用",

        // Patent-style titles of research results: 一种……的装置及方法. Compounds such as 检测方法 or 储能装置
        // are separate dictionary words and stay.
        "方法", "装置",

        // Boilerplate of the matchmaking domain itself: who asks, who offers, and the act of cooperating.
        "需求", "希望", "寻求", "寻找", "合作", "技术", "问题", "解决", "解决方案", "方案", "公司", "企业", "单位",
        "高校", "团队", "项目", "研究", "研发", "开发", "成果",

        // Amounts and dates say nothing about the technology.
        "万", "万元", "元", "年", "月", "日",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> English = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could", "did", "do",
        "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "of", "on",
        "or", "our", "ours", "should", "so", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "us", "very", "was", "we", "were", "what",
        "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
        "s", "t", "also", "via", "etc", "eg", "ie", "per",

        // The same matchmaking boilerplate as the Chinese list.
        "based", "using", "use", "used", "need", "needs", "require", "requires", "required", "requirement",
        "requirements", "seek", "seeking", "hope", "cooperation", "company", "companies", "enterprise",
        "problem", "problems", "solution", "solutions", "technology", "technologies", "technical", "provide",
        "provides",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsChinese(string word) => Chinese.Contains(word);

    public static bool IsEnglish(string word) => English.Contains(word);
}
