using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.ServiceDefaults.Outcomes;

/// <summary>What a handler decided, for the endpoint to turn into a response. Handlers never build HTTP
/// results, so the same handler serves an endpoint, a seeder or an importer.</summary>
public readonly record struct Outcome<T>(OutcomeKind Kind, T? Value, LocalText? Problem)
{
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null);

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, null);

    public static Outcome<T> Forbidden() => new(OutcomeKind.Forbidden, default, null);

    public static Outcome<T> Conflict(LocalText problem) => new(OutcomeKind.Conflict, default, problem);

    /// <summary>The request as a whole cannot be carried out (an unreadable file, say), as opposed to a field of it.</summary>
    public static Outcome<T> Invalid(LocalText problem) => new(OutcomeKind.Invalid, default, problem);
}

public enum OutcomeKind
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}
