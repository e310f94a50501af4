using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>What the figures were measured on.</summary>
public sealed record MachineInfo(
    int Processors,
    string Cpu,
    long MemoryBytes,
    string OperatingSystem,
    string Runtime,
    string Sdk,
    string GarbageCollector,
    string Tiering,
    string TempFolder)
{
    /// <summary>The JIT settings `make run` and `make bench` start the runtime with (see the Makefile).</summary>
    public static readonly string[] RuntimeTuning = ["DOTNET_TC_CallCountingDelayMs", "DOTNET_TC_CallCountThreshold"];

    /// <summary>The tuning this process was started with, as NAME=value pairs, in the Makefile's order.</summary>
    public static IReadOnlyList<string> RuntimeTuningSet() =>
        [.. RuntimeTuning.Where(name => Environment.GetEnvironmentVariable(name) is not null)
            .Select(name => $"{name}={Environment.GetEnvironmentVariable(name)}")];

    public static MachineInfo Describe() => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemTotal(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        SdkVersion(),
        GarbageCollectorOf(),
        RuntimeTuningSet() is { Count: > 0 } tuning
            ? $"{string.Join(" ", tuning)} (as `make run`)"
            : $"the runtime's default tiering ({string.Join(" and ", RuntimeTuning)} not set, unlike `make run`)",
        Path.GetTempPath());

    /// <summary>The collector and the two settings services/ServiceRuntime.props sets.</summary>
    private static string GarbageCollectorOf()
    {
        var kind = GCSettings.IsServerGC ? "server" : "workstation";
        var datas = AppContext.GetData("System.GC.DynamicAdaptationMode")?.ToString() == "0" ? "DATAS off" : "DATAS on";
        var background = GCSettings.LatencyMode == GCLatencyMode.Batch ? "no background collection" : "background collection";
        return $"{kind} ({datas}, {background})";
    }

    private static long MemTotal()
    {
        var kilobytes = ProcField("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        return long.TryParse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value * 1024
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
    }

    private static string? ProcField(string file, string name)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Select(line => line.Split(':', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0] == name)
            .Select(parts => parts[1])
            .FirstOrDefault();
    }

    /// <summary>The SDK that built the run (`dotnet --version`), or "unknown".</summary>
    private static string SdkVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", "--version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Environment.CurrentDirectory,
            })!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit(10_000);
            return version.Length > 0 ? version : "unknown";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return "unknown";
        }
    }
}
