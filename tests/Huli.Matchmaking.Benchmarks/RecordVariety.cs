namespace Huli.Matchmaking.Benchmarks;

/// <summary>The realistic lists the generator draws the registration-form fields from.</summary>
public static class RecordVariety
{
    /// <summary>Institutes with the region they sit in.</summary>
    public static readonly (string Institute, string Region)[] Institutes =
    [
        ("中国科学院苏州纳米技术与纳米仿生研究所", "江苏省苏州市"),
        ("中国科学院深圳先进技术研究院", "广东省深圳市"),
        ("中国科学院宁波材料技术与工程研究所", "浙江省宁波市"),
        ("中国科学院合肥物质科学研究院", "安徽省合肥市"),
        ("中国科学院沈阳自动化研究所", "辽宁省沈阳市"),
        ("中国科学院大连化学物理研究所", "辽宁省大连市"),
        ("清华大学", "北京市海淀区"),
        ("北京航空航天大学", "北京市海淀区"),
        ("浙江大学", "浙江省杭州市"),
        ("上海交通大学", "上海市闵行区"),
        ("复旦大学", "上海市杨浦区"),
        ("南京大学", "江苏省南京市"),
        ("东南大学", "江苏省南京市"),
        ("苏州大学", "江苏省苏州市"),
        ("华中科技大学", "湖北省武汉市"),
        ("武汉理工大学", "湖北省武汉市"),
        ("西安交通大学", "陕西省西安市"),
        ("哈尔滨工业大学", "黑龙江省哈尔滨市"),
        ("四川大学", "四川省成都市"),
        ("电子科技大学", "四川省成都市"),
        ("中山大学", "广东省广州市"),
        ("华南理工大学", "广东省广州市"),
        ("山东大学", "山东省济南市"),
        ("天津大学", "天津市南开区"),
        ("大连理工大学", "辽宁省大连市"),
        ("中南大学", "湖南省长沙市"),
        ("重庆大学", "重庆市沙坪坝区"),
        ("江南大学", "江苏省无锡市"),
        ("中国农业大学", "北京市海淀区"),
        ("西北农林科技大学", "陕西省咸阳市"),
        ("南京医科大学", "江苏省南京市"),
        ("苏州工业园区新一代信息技术研究院", "江苏省苏州市"),
        ("江苏省产业技术研究院", "江苏省南京市"),
        ("深圳清华大学研究院", "广东省深圳市"),
        ("浙江清华长三角研究院", "浙江省嘉兴市"),
        ("中国电子科技集团公司第五十五研究所", "江苏省南京市"),
        ("广东省科学院智能制造研究所", "广东省广州市"),
        ("北京理工大学重庆创新中心", "重庆市两江新区"),
    ];

    /// <summary>Technology readiness levels as institutes report them: mostly lab to pilot scale.</summary>
    public static readonly int[] TrlWeights = [0, 2, 4, 10, 16, 20, 20, 15, 9, 4];

    public static readonly string[] CooperationModes = ["transfer", "licensing", "jointDevelopment", "technicalService", "equity"];

    /// <summary>Asking-price ranges in 万元 (10,000 CNY).</summary>
    public static readonly (int Min, int Max)[] PriceRanges =
    [
        (5, 20), (10, 50), (20, 80), (50, 100), (50, 200), (100, 300), (200, 500), (300, 800), (500, 1500), (1000, 3000),
    ];

    public static readonly string[] FieldCodes =
    [
        "electronic-information", "integrated-circuits", "smart-equipment", "medical-devices", "software", "new-materials", "new-energy",
    ];

    /// <summary>The industry fields an institute would tick for a paper of a CSL discipline.</summary>
    public static readonly Dictionary<string, string[]> FieldsByDiscipline = new()
    {
        ["计算机科学与技术"] = ["software", "electronic-information"],
        ["信息与通信工程"] = ["electronic-information"],
        ["电子科学与技术"] = ["integrated-circuits", "electronic-information"],
        ["光学工程"] = ["electronic-information"],
        ["控制科学与工程"] = ["smart-equipment", "software"],
        ["机械工程"] = ["smart-equipment"],
        ["仪器科学与技术"] = ["smart-equipment"],
        ["交通运输工程"] = ["smart-equipment"],
        ["农业工程"] = ["smart-equipment"],
        ["兵器科学与技术"] = ["smart-equipment"],
        ["船舶与海洋工程"] = ["smart-equipment"],
        ["航空宇航科学与技术"] = ["smart-equipment"],
        ["材料科学与工程"] = ["new-materials"],
        ["冶金工程"] = ["new-materials"],
        ["纺织科学与工程"] = ["new-materials"],
        ["化学/化学工程与技术"] = ["new-materials"],
        ["电气工程"] = ["new-energy"],
        ["动力工程及工程热物理"] = ["new-energy"],
        ["核科学与技术"] = ["new-energy"],
        ["石油与天然气工程"] = ["new-energy"],
        ["基础医学/临床医学"] = ["medical-devices"],
        ["口腔医学"] = ["medical-devices"],
        ["生物医学工程"] = ["medical-devices"],
        ["药学"] = ["medical-devices"],
    };

    /// <summary>Fields for the English (computer-science) results.</summary>
    public static readonly string[][] EnglishFields =
    [
        ["software"], ["software", "electronic-information"], ["electronic-information"], ["software"], ["integrated-circuits", "software"],
    ];

    /// <summary>Keywords for English results that come with some (the CSFCube papers have none of their own).</summary>
    public static readonly string[] EnglishKeywords =
    [
        "machine learning", "deep learning", "natural language processing", "information retrieval", "knowledge graph",
        "computer vision", "dependency parsing", "text classification", "question answering", "recommender systems",
        "graph neural networks", "reinforcement learning", "transfer learning", "semantic similarity", "entity linking",
        "speech recognition", "machine translation", "representation learning", "anomaly detection", "edge computing",
        "distributed systems", "data mining", "sentiment analysis", "summarization", "topic modeling",
    ];

    /// <summary>What a second or later listing of the same title adds, as institutes name follow-up results.</summary>
    public static readonly string[] ChineseTitleSuffixes =
    [
        "及其应用", "关键技术", "（二期）", "的产业化", "技术及装置", "的工程化验证", "（升级版）", "成套技术", "中试成果", "及示范应用",
        "的优化设计", "集成系统", "（专利包）", "技术转化", "新方法",
    ];

    public static readonly string[] EnglishTitleSuffixes =
    [
        " and its applications", ": an industrial prototype", " (second phase)", " for production systems", ": toolkit and service",
        " at scale", " with open-source implementation", ": licensed technology package", " for enterprise deployment",
        ": pilot results", " (extended version)", " in practice",
    ];

    /// <summary>Closing sentences of a 成果简介; {0} is the institute, {1} the region.</summary>
    public static readonly string[] ChineseClosings =
    [
        "该成果由{0}研发，已申请发明专利，具有自主知识产权",
        "成果已在{1}相关企业完成中试验证，可进行技术转让或合作开发",
        "{0}可提供技术服务与人员培训，支持企业快速实现产业化",
        "该技术适用于中小企业生产线改造，投资少、见效快",
        "目前已形成样机和工艺规范，具备小批量生产条件",
        "可与企业共建联合实验室，开展后续技术攻关",
        "",
        "",
    ];

    public static readonly string[] EnglishClosings =
    [
        "The technology is available for licensing or transfer to qualified enterprises",
        "A prototype has been validated with industrial partners; joint development is welcome",
        "The team offers technical services and integration support to adopting enterprises",
        "Source code and documentation are available to licensees",
        "",
        "",
    ];
}
