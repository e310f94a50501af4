namespace Huli.Matchmaking.Contracts;

/// <summary>The channel a record arrived by; a record that arrives by two channels keeps both.</summary>
public enum RecordSource
{
    Api,
    File,
    Feed,
}
