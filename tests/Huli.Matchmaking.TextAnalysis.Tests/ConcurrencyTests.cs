namespace Huli.Matchmaking.TextAnalysis.Tests;

public class ConcurrencyTests
{
    private static readonly string[] Texts =
    [
        "注塑件表面划痕的视觉检测",
        "基于机器视觉的表面缺陷检测",
        "锂离子电池热失控预警与电池管理系统",
        "基于YOLOv8的PCB缺陷检测",
        "永磁同步电机无位置传感器控制",
        "Surface inspection of injection-moulded parts with deep learning",
        "碳化硅功率器件的封装测试与可靠性评估",
        "面向数字孪生的边缘计算平台",
        "体外诊断微流控芯片的低成本制造",
        "石墨烯导热膜在5G手机中的应用",
    ];

    [Fact]
    public void Parallel_use_from_several_threads_gives_the_same_tokens_as_sequential_use()
    {
        var sequential = Texts.Select(text => new ChineseEnglishAnalyzer().Tokenize(text)).ToList();
        var work = Enumerable.Range(0, 400).ToList();
        var parallel = new IReadOnlyList<string>[work.Count];

        Parallel.ForEach(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            index => parallel[index] = new ChineseEnglishAnalyzer().Tokenize(Texts[index % Texts.Length]));

        for (var index = 0; index < work.Count; index++)
        {
            Assert.Equal(sequential[index % Texts.Length], parallel[index]);
        }
    }
}
