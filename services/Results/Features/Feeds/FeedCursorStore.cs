using System.Text.Json;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>Keeps each feed's cursor in <c>{data path}/feeds/{name}.cursor.json</c>, so a restart resumes where
/// the last poll stopped. A file is replaced whole (temp file, then a move over the old one), so a crash leaves
/// either the old cursor or the new one, never half of each.</summary>
public sealed class FeedCursorStore(IOptions<HuliOptions> huli, TimeProvider clock, ILogger<FeedCursorStore> logger)
{
    public async Task<string?> LoadAsync(string feedName, CancellationToken cancellationToken)
    {
        var path = PathFor(feedName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var file = File.OpenRead(path);
            var saved = await JsonSerializer.DeserializeAsync<SavedCursor>(file, JsonSerializerOptions.Web, cancellationToken);
            return saved?.Cursor;
        }
        catch (JsonException e)
        {
            // Starting from the beginning only re-lists records, which listing by external id makes harmless.
            logger.LogWarning(e, "The cursor file {Path} of feed {Feed} is unreadable; the feed is read from its start.", path, feedName);
            return null;
        }
    }

    public async Task SaveAsync(string feedName, string cursor, CancellationToken cancellationToken)
    {
        var path = PathFor(feedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await JsonSerializer.SerializeAsync(file, new SavedCursor(feedName, cursor, clock.GetUtcNow()), JsonSerializerOptions.Web, cancellationToken);
                // On disk before the move, or a power cut could leave the new name pointing at an empty file.
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private string PathFor(string feedName) =>
        Path.Combine(huli.Value.ResolveDataPath(), "feeds", $"{feedName.ToLowerInvariant()}.cursor.json");

    private sealed record SavedCursor(string Feed, string Cursor, DateTimeOffset SavedAt);
}
