namespace Huli.Matchmaking.Import;

public enum FileProblemKind
{
    /// <summary>The file name's extension is not one we read.</summary>
    UnsupportedFormat,

    /// <summary>The file is damaged or is not the format its name says.</summary>
    Unreadable,

    /// <summary>The requested worksheet does not exist, or the workbook has none.</summary>
    SheetNotFound,

    /// <summary>No row names the columns: the file or sheet is empty.</summary>
    NoHeader,

    /// <summary>A required column is not in the header.</summary>
    MissingColumn,

    /// <summary>Two columns of the header give the same field.</summary>
    DuplicateColumn,

    /// <summary>Notice: a column (or JSON property) no field is known by; it is ignored.</summary>
    UnknownColumn,

    /// <summary>Notice: a column with a blank heading between named ones; it is ignored.</summary>
    UnnamedColumn,
}
