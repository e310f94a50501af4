namespace Huli.Matchmaking.Alliance.Features.Members.Webhooks;

/// <summary>The <c>Huli:Members:Webhooks</c> settings: how long a member's receiver may stay down before its
/// deliveries are dead-lettered. The defaults retry for about four minutes.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Huli:Members:Webhooks";

    public int Retries { get; set; } = 7;

    /// <summary>The first retry's delay; each further one doubles it, with jitter so that members' receivers
    /// that failed together are not all retried at the same instant.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Allow webhooks to loopback and private networks: for tests and for an alliance whose members'
    /// receivers sit on its own network. Off, the Alliance never posts into its own network.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>The folder of the key ring that seals the members' webhook secrets; by default <c>keys/alliance</c>
    /// under the data folder. Keep it out of database backups, and share it between Alliance instances.</summary>
    public string? KeysPath { get; set; }

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the key ring at rest, so that a copy of the key
    /// folder alone opens nothing. Its password comes from <see cref="KeyCertificatePassword"/>, set in the
    /// environment (<c>Huli__Members__Webhooks__KeyCertificatePassword</c>), never in a file of the repository.
    /// Unset, the keys are stored unencrypted, readable by the service's own account only.</summary>
    public string? KeyCertificate { get; set; }

    public string? KeyCertificatePassword { get; set; }
}
