namespace Huli.Matchmaking.Contracts;

/// <summary>What kind of thing a research result is (成果形式), after the registration form.</summary>
public enum ResultForm
{
    Patent,
    Software,
    NewProduct,
    Process,
    Material,
    Device,
    Method,
    Other,
}
