using System.Globalization;

namespace Huli.Matchmaking.Importer;

/// <summary>What the command line asked for.</summary>
/// <param name="Api">The Results service or the embedded host, ending in "/" so request paths resolve under it.</param>
/// <param name="BatchRows">Rows per upload: each batch is one request, so one retry re-sends at most this many rows.</param>
/// <param name="Kind">Results or needs; results unless --kind says otherwise, as before there was a choice.</param>
public sealed record ImportOptions(string FilePath, Uri Api, string Key, int BatchRows, ImportKind Kind = ImportKind.Results)
{
    public const int DefaultBatchRows = 500;
    public const int MaxBatchRows = 10_000;
    public const string DefaultApi = "http://127.0.0.1:5080";
    public const string NoKey = "no key: pass --key or run `make run` first so data/demo-users.env exists";

    public const string Usage = """
        usage: huli-import <file> [--kind results|needs] [--api URL] [--key KEY] [--batch-rows N]
          <file>            a .csv, .xlsx or .jsonl file of research results (科技成果) or technical needs (技术需求)
          --kind KIND       results (default) or needs
          --api URL         the Results or Needs service, or the embedded host (default http://127.0.0.1:5080)
          --key KEY         results: an institute's or a coordinator's access key; needs: an enterprise's or a
                            coordinator's (default: $HULI_KEY, else INSTITUTE_KEY or ENTERPRISE_KEY from
                            ./data/demo-users.env)
          --batch-rows N    rows per request (default 500)
        exit codes: 0 imported (rejected rows included), 1 file refused, 2 usage, API unreachable or key refused
        """;

    public static ParsedArguments Parse(IReadOnlyList<string> args, string? environmentKey, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? file = null;
        string? api = null;
        string? key = null;
        string? batchRows = null;
        string? kind = null;
        for (var index = 0; index < args.Count; index++)
        {
            var argument = args[index];
            if (argument is "-h" or "--help")
            {
                return ParsedArguments.Help;
            }

            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                if (file is not null)
                {
                    return ParsedArguments.Wrong($"one file at a time: both \"{file}\" and \"{argument}\" were given");
                }

                file = argument;
                continue;
            }

            var (name, value) = argument.IndexOf('=', StringComparison.Ordinal) is var equals and > 0
                ? (argument[..equals], argument[(equals + 1)..])
                : (argument, index + 1 < args.Count ? args[++index] : null);
            if (value is null)
            {
                return ParsedArguments.Wrong($"{name} needs a value");
            }

            switch (name)
            {
                case "--api":
                    api = value;
                    break;
                case "--key":
                    key = value;
                    break;
                case "--batch-rows":
                    batchRows = value;
                    break;
                case "--kind":
                    kind = value;
                    break;
                default:
                    return ParsedArguments.Wrong($"unknown option {name}");
            }
        }

        if (file is null)
        {
            return ParsedArguments.Wrong("name the file to import");
        }

        var path = Path.GetFullPath(file, workingDirectory);
        if (!File.Exists(path))
        {
            return ParsedArguments.Wrong($"no such file: {file}");
        }

        if (!Uri.TryCreate(api ?? DefaultApi, UriKind.Absolute, out var apiUri) || apiUri.Scheme is not ("http" or "https"))
        {
            return ParsedArguments.Wrong($"--api must be an http or https address such as {DefaultApi}, not \"{api}\"");
        }

        var rows = DefaultBatchRows;
        if (batchRows is not null
            && (!int.TryParse(batchRows, NumberStyles.None, CultureInfo.InvariantCulture, out rows) || rows is < 1 or > MaxBatchRows))
        {
            return ParsedArguments.Wrong($"--batch-rows must be a whole number from 1 to {MaxBatchRows}, not \"{batchRows}\"");
        }

        if (KindNamed(kind) is not { } importKind)
        {
            return ParsedArguments.Wrong($"--kind must be results or needs, not \"{kind}\"");
        }

        var accessKey = Given(key) ?? Given(environmentKey) ?? DemoUsersFile.Key(workingDirectory, ImportTarget.For(importKind).DemoKey);
        if (accessKey is null)
        {
            return ParsedArguments.Wrong(NoKey);
        }

        return new ParsedArguments(new ImportOptions(path, WithTrailingSlash(apiUri), accessKey, rows, importKind), null);
    }

    private static ImportKind? KindNamed(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        null or "results" => ImportKind.Results,
        "needs" => ImportKind.Needs,
        _ => null,
    };

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri WithTrailingSlash(Uri api) =>
        api.AbsolutePath.EndsWith('/') ? api : new Uri(api.GetLeftPart(UriPartial.Path) + "/" + api.Query);
}

/// <summary>The options, or why there are none: <see cref="Error"/> null and no options means help was asked for.</summary>
public sealed record ParsedArguments(ImportOptions? Options, string? Error)
{
    public static ParsedArguments Help { get; } = new(null, null);

    public static ParsedArguments Wrong(string error) => new(null, error);
}
