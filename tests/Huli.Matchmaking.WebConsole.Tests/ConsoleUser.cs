using System.Security.Cryptography;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>A test user with an access key and a console password, both made up for the run.</summary>
public sealed record ConsoleUser(string Name, string Role, string Organisation)
{
    // Few iterations: the tests check the sign-in, not the hash's cost (see PasswordHashTests for that).
    private const int TestIterations = 1_000;

    public string Key { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public string Password { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12));

    public AccessKey ToAccessKey() => new()
    {
        Key = Key,
        User = Name,
        Role = Role,
        Organisation = Organisation,
        PasswordHash = PasswordHash.Create(Password, TestIterations),
    };
}
