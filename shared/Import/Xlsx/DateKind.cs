namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>What a number format shows a serial number as.</summary>
internal enum DateKind
{
    None,
    Date,
    DateTime,
    Time,
}
