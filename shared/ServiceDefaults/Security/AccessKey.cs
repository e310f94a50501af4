namespace Huli.Matchmaking.ServiceDefaults.Security;

/// <summary>A caller's key and who it stands for. Keys come from configuration (environment or a file outside
/// the repository), never from source.</summary>
public sealed class AccessKey
{
    public string Key { get; set; } = "";

    public string User { get; set; } = "";

    public string Role { get; set; } = "";

    public string Organisation { get; set; } = "";

    /// <summary>Optional: lets the user sign in to the console with a password (see <see cref="Security.PasswordHash"/>)
    /// instead of handling the key. Without it the user can only present the key.</summary>
    public string? PasswordHash { get; set; }
}
