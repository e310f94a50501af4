namespace Huli.Matchmaking.Importer;

/// <summary>The keys `make run` writes for its demo users (lines such as INSTITUTE_KEY=… and ENTERPRISE_KEY=…), so that on a
/// developer's machine the importer needs no --key.</summary>
internal static class DemoUsersFile
{
    private static readonly string RelativePath = Path.Combine("data", "demo-users.env");

    public static string? Key(string workingDirectory, string name)
    {
        var path = Path.Combine(workingDirectory, RelativePath);
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0] == name && parts[1].Length > 0)
            .Select(parts => parts[1])
            .FirstOrDefault();
    }
}
