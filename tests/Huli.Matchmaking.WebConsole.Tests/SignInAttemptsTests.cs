using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.WebConsole.Tests;

public sealed class SignInAttemptsTests
{
    [Fact]
    public void An_address_is_blocked_after_the_limit_of_failures_and_others_are_not()
    {
        using var attempts = new SignInAttempts();
        for (var i = 0; i < SignInAttempts.Limit - 1; i++)
        {
            attempts.Failed("10.0.0.1");
        }

        Assert.False(attempts.IsBlocked("10.0.0.1"));
        attempts.Failed("10.0.0.1");
        Assert.True(attempts.IsBlocked("10.0.0.1"));
        Assert.False(attempts.IsBlocked("10.0.0.2"));
    }
}
