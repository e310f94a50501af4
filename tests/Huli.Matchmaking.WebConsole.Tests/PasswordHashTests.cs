using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.WebConsole.Tests;

public sealed class PasswordHashTests
{
    [Fact]
    public void A_hash_verifies_its_password_only()
    {
        var stored = PasswordHash.Create("湖里-demo-口令", iterations: 1_000);
        Assert.True(PasswordHash.Verify("湖里-demo-口令", stored));
        Assert.False(PasswordHash.Verify("湖里-demo-口令 ", stored));
    }

    [Fact]
    public void The_stored_form_names_the_scheme_and_iterations_and_salts_each_hash()
    {
        var first = PasswordHash.Create("same", iterations: 1_234);
        var second = PasswordHash.Create("same", iterations: 1_234);
        Assert.StartsWith("pbkdf2-sha256$1234$", first);
        Assert.NotEqual(first, second);
        Assert.True(PasswordHash.Verify("same", second));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void A_missing_or_malformed_stored_hash_never_verifies(string? stored)
    {
        Assert.False(PasswordHash.Verify("plain-text-password", stored));
    }
}
