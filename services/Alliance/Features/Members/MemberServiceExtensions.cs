using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Huli.Matchmaking.Alliance.Consumers;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.DataProtection;

namespace Huli.Matchmaking.Alliance.Features.Members;

public static class MemberServiceExtensions
{
    /// <summary>The member registry and its deliveries. Bus delivery needs RabbitMQ: on in the distributed profile
    /// (unless <c>Huli:Members:BusDelivery</c> is false), never in the embedded one, which keeps the registry and
    /// webhooks.</summary>
    public static IHostApplicationBuilder AddMembers(this IHostApplicationBuilder builder)
    {
        var options = new MemberOptions();
        builder.Configuration.GetSection(MemberOptions.SectionName).Bind(options);
        var distributed = builder.GetHuliOptions().IsDistributed;
        var busDelivery = options.BusDelivery ?? distributed;
        if (busDelivery && !distributed)
        {
            // The in-memory transport has no routing keys, users or permissions: members would be registered
            // on a broker the notices never reach.
            throw new InvalidOperationException("Huli:Members:BusDelivery needs the distributed profile (RabbitMQ); the embedded profile delivers to members by webhook only.");
        }

        var broker = busDelivery ? BrokerOf(builder.Configuration) : null;
        var names = new MemberBrokerNames(busDelivery, broker?.VirtualHost ?? "", options.Exchange, options.NamePrefix);
        builder.Services.AddSingleton(names);
        builder.Services.AddHttpClient<MemberBrokerAccounts>(http =>
        {
            http.BaseAddress = new Uri(options.ManagementUrl.TrimEnd('/') + "/api/");
            if (broker is not null)
            {
                http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{broker.User}:{broker.Password}")));
            }
        });
        builder.Services.AddScoped<MemberRouting>();
        builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection(WebhookOptions.SectionName));
        builder.AddWebhookSecrets();
        builder.Services.AddSingleton<OutboxSignal<MemberWebhookSender>>();
        builder.Services.AddHostedService<MemberWebhookSender>();
        builder.AddConsumers(bus =>
        {
            bus.AddConsumer<MemberRoutingConsumer>(typeof(MemberRoutingConsumerDefinition));
        });
        builder.Services.AddAuthorization(o => o.AddMemberPolicies());
        return builder;
    }

    /// <summary>The key ring that seals webhook secrets, in its own folder under the data folder unless
    /// <c>Huli:Members:Webhooks:KeysPath</c> names one. Only the service's own account may read it.</summary>
    private static void AddWebhookSecrets(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration[$"{WebhookOptions.SectionName}:{nameof(WebhookOptions.KeysPath)}"];
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(builder.GetHuliOptions().ResolveDataPath(), "keys", "alliance")
            : configured);
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var keyRing = builder.Services.AddDataProtection()
            .SetApplicationName("Huli.Matchmaking.Alliance")
            .PersistKeysToFileSystem(new DirectoryInfo(folder));
        if (KeyCertificateOf(builder.Configuration) is { } certificate)
        {
            // Decrypting with this very certificate, not one looked up in the machine's certificate store, which
            // a Linux service account does not have.
            keyRing.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        builder.Services.AddSingleton<WebhookSecrets>();
        builder.Services.AddHostedService<WebhookSecretSealing>();
    }

    /// <summary>The certificate that encrypts the key ring, if one is configured; a configured one that cannot be
    /// read stops the start, since keys written unencrypted by mistake would stay so.</summary>
    private static X509Certificate2? KeyCertificateOf(IConfiguration configuration)
    {
        var section = configuration.GetSection(WebhookOptions.SectionName);
        var path = section[nameof(WebhookOptions.KeyCertificate)];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section[nameof(WebhookOptions.KeyCertificatePassword)]);
            if (!certificate.HasPrivateKey)
            {
                certificate.Dispose();
                throw new InvalidOperationException($"{WebhookOptions.SectionName}:{nameof(WebhookOptions.KeyCertificate)} ({path}) holds no private key, so the key ring could not be read back.");
            }

            return certificate;
        }
        catch (Exception e) when (e is CryptographicException or IOException)
        {
            throw new InvalidOperationException($"{WebhookOptions.SectionName}:{nameof(WebhookOptions.KeyCertificate)} ({path}) cannot be read: {e.Message} Check the file and {nameof(WebhookOptions.KeyCertificatePassword)}.", e);
        }
    }

    private sealed record BrokerLogin(string User, string Password, string VirtualHost);

    /// <summary>The Alliance's own RabbitMQ login, which must carry the administrator tag to manage members.</summary>
    private static BrokerLogin BrokerOf(IConfiguration configuration)
    {
        var url = configuration.GetConnectionString("RabbitMq")
            ?? throw new InvalidOperationException("Bus delivery to members needs ConnectionStrings:RabbitMq.");
        var uri = new Uri(url);
        var login = uri.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new BrokerLogin(
            Uri.UnescapeDataString(login[0]),
            login.Length > 1 ? Uri.UnescapeDataString(login[1]) : "",
            vhost.Length == 0 ? "/" : vhost);
    }
}
