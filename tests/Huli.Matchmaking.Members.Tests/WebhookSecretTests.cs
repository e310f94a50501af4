using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>Webhook secrets are stored sealed, survive a restart, and can be rotated, including after the key
/// ring that sealed them is lost.</summary>
public sealed class WebhookSecretTests : IDisposable
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "huli-members-tests", Guid.NewGuid().ToString("N"));
    private AllianceHostFactory host;

    public WebhookSecretTests() => host = Start();

    public void Dispose()
    {
        host.Dispose();
        TemporaryFolder.TryDelete(dataPath);
    }

    private AllianceHostFactory Start(IReadOnlyDictionary<string, string?>? more = null) => new(new Dictionary<string, string?>
    {
        ["Huli:Members:Webhooks:AllowPrivateNetworks"] = "true",
        ["Huli:Members:Webhooks:Retries"] = "1",
        ["Huli:Members:Webhooks:FirstDelay"] = "00:00:00.050",
    }.Concat(more ?? new Dictionary<string, string?>()).ToDictionary(), dataPath);

    private void Restart(IReadOnlyDictionary<string, string?>? more = null)
    {
        host.Dispose();
        host = Start(more);
        _ = host.Server;
    }

    [Fact]
    public async Task With_a_key_certificate_the_key_ring_is_encrypted_at_rest_and_read_back_after_a_restart()
    {
        // A throw-away certificate, as an operator would keep beside the service, its password in the environment.
        using var rsa = RSA.Create(2048);
        using var made = new CertificateRequest("CN=huli-alliance-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pfx = Path.Combine(dataPath, "alliance-keys.pfx");
        Directory.CreateDirectory(dataPath);
        const string Password = "test-only-pfx-password";
        await File.WriteAllBytesAsync(pfx, made.Export(X509ContentType.Pkcs12, Password));
        var protectedKeys = new Dictionary<string, string?>
        {
            ["Huli:Members:Webhooks:KeyCertificate"] = pfx,
            ["Huli:Members:Webhooks:KeyCertificatePassword"] = Password,
        };
        Restart(protectedKeys);

        await using var receiver = await FakeReceiver.StartAsync();
        var (_, secret) = await RegisterAsync(receiver.Url);
        var keys = Directory.GetFiles(Path.Combine(dataPath, "keys", "alliance"), "key-*.xml").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("EncryptedData", key);
            Assert.DoesNotContain("<value>", key);
        });

        Restart(protectedKeys);
        await RankedNeeds.PublishAsync(host, "注塑件表面缺陷在线检测", "smart-equipment");
        var post = await Eventually.GetAsync(() => Task.FromResult(receiver.Accepted.FirstOrDefault()), "the delivery to arrive");
        Assert.Equal(WebhookMembers.Signature(secret, post), post.Signature);
    }

    [Fact]
    public void A_key_certificate_that_cannot_be_read_stops_the_start_with_the_setting_named()
    {
        host.Dispose();
        host = Start(new Dictionary<string, string?> { ["Huli:Members:Webhooks:KeyCertificate"] = Path.Combine(dataPath, "missing.pfx") });
        var failure = Assert.ThrowsAny<Exception>(() => host.Server);
        Assert.Contains("Huli:Members:Webhooks:KeyCertificate", failure.ToString());
    }

    [Fact]
    public async Task The_database_holds_the_secret_sealed_and_posts_are_signed_with_it_after_a_restart()
    {
        await using var receiver = await FakeReceiver.StartAsync();
        var (memberId, secret) = await RegisterAsync(receiver.Url);

        var stored = StoredSecret(memberId);
        Assert.StartsWith("dp1:", stored);
        Assert.DoesNotContain(secret, stored);

        Restart();
        await RankedNeeds.PublishAsync(host, "注塑件表面缺陷在线检测", "smart-equipment");
        var post = await Eventually.GetAsync(() => Task.FromResult(receiver.Accepted.FirstOrDefault()), "the delivery to arrive");
        Assert.Equal(WebhookMembers.Signature(secret, post), post.Signature);
    }

    [Fact]
    public async Task A_secret_an_earlier_version_stored_in_the_clear_is_sealed_at_start_and_still_signs()
    {
        await using var receiver = await FakeReceiver.StartAsync();
        var (memberId, _) = await RegisterAsync(receiver.Url);
        host.Dispose();
        const string Legacy = "secret-from-before-sealing";
        Execute($"UPDATE members SET WebhookSecret = '{Legacy}' WHERE Id = @id", memberId);

        host = Start();
        _ = host.Server;
        var sealedAgain = StoredSecret(memberId);
        Assert.StartsWith("dp1:", sealedAgain);
        Assert.DoesNotContain(Legacy, sealedAgain);

        await RankedNeeds.PublishAsync(host, "锂电池极片毛刺视觉检测", "smart-equipment");
        var post = await Eventually.GetAsync(() => Task.FromResult(receiver.Accepted.FirstOrDefault()), "the delivery to arrive");
        Assert.Equal(WebhookMembers.Signature(Legacy, post), post.Signature);
    }

    [Fact]
    public async Task With_the_key_ring_lost_deliveries_wait_dead_lettered_until_the_secret_is_rotated_and_replayed()
    {
        await using var receiver = await FakeReceiver.StartAsync();
        var (memberId, oldSecret) = await RegisterAsync(receiver.Url);
        host.Dispose();
        Directory.Delete(Path.Combine(dataPath, "keys"), recursive: true);
        host = Start();

        await RankedNeeds.PublishAsync(host, "伺服电机振动故障诊断", "smart-equipment");
        var admin = host.ClientFor("member-admin");
        var dead = default(JsonElement);
        await Eventually.TrueAsync(async () =>
        {
            var list = await WebhookMembers.DeliveriesAsync(admin, memberId, "deadLettered");
            dead = list.GetArrayLength() > 0 ? list[0] : dead;
            return list.GetArrayLength() > 0;
        }, "the delivery to be dead-lettered");
        Assert.Contains("rotate the secret", dead.GetProperty("lastError").GetString());
        Assert.Empty(receiver.Posts);

        var rotated = await admin.PostAsync($"/api/alliance/members/{memberId}/webhook-secret", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newSecret = (await rotated.ReadJsonAsync()).GetProperty("webhookSecret").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/alliance/members/{memberId}/deliveries/replay-dead", null)).StatusCode);

        var post = await Eventually.GetAsync(() => Task.FromResult(receiver.Accepted.FirstOrDefault()), "the replayed delivery to arrive");
        Assert.Equal(dead.GetProperty("id").GetGuid().ToString(), post.Delivery);
        Assert.Equal(WebhookMembers.Signature(newSecret, post), post.Signature);
        Assert.DoesNotContain(newSecret, StoredSecret(memberId));
    }

    [Fact]
    public async Task Only_the_registry_keepers_rotate_a_secret_and_only_of_a_known_member()
    {
        await using var receiver = await FakeReceiver.StartAsync();
        var (memberId, _) = await RegisterAsync(receiver.Url);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await host.ClientFor("enterprise").PostAsync($"/api/alliance/members/{memberId}/webhook-secret", null)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await host.ClientFor("member-admin").PostAsync($"/api/alliance/members/{Guid.NewGuid()}/webhook-secret", null)).StatusCode);
    }

    private Task<(Guid Id, string Secret)> RegisterAsync(string url) => WebhookMembers.RegisterAsync(host, url, "smart-equipment");

    private string StoredSecret(Guid memberId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT WebhookSecret FROM members WHERE Id = @id";
        command.Parameters.AddWithValue("@id", memberId.ToString().ToUpperInvariant());
        return (string)command.ExecuteScalar()!;
    }

    private void Execute(string sql, Guid memberId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", memberId.ToString().ToUpperInvariant());
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "alliance.db")};Pooling=False");
        connection.Open();
        return connection;
    }
}
