using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Huli.Matchmaking.Alliance.Features.Members.Webhooks;

/// <summary>Keeps members' webhook secrets sealed in the database with ASP.NET Core Data Protection, whose key
/// ring lives in a folder of its own (<see cref="WebhookOptions.KeysPath"/>): a copy of the database alone, a
/// backup or a dump, does not let anyone sign posts that members would take for the alliance's.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    /// <summary>Marks a sealed value; anything else in the column is a secret stored before sealing began.</summary>
    internal const string SealedPrefix = "dp1:";

    private readonly IDataProtector protector = provider.CreateProtector("Huli.Alliance.Members.WebhookSecret");

    /// <summary>A new secret, URL-safe, 192 bits.</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Seal(string secret) => SealedPrefix + protector.Protect(secret);

    private static bool IsSealed(string stored) => stored.StartsWith(SealedPrefix, StringComparison.Ordinal);

    /// <summary>The secret to sign with. Throws <see cref="CryptographicException"/> when the key ring that
    /// sealed it is gone; only rotating the secret helps then.</summary>
    public string Open(string stored) => IsSealed(stored) ? protector.Unprotect(stored[SealedPrefix.Length..]) : stored;
}
