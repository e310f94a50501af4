namespace Huli.Matchmaking.Sorting.Taxonomy;

/// <summary>Which list a field belongs to.</summary>
public enum FieldGroup
{
    /// <summary>湖里区重点产业链: the district's key industrial chains, the fields records are filed under.</summary>
    District,

    /// <summary>国家重点支持的高新技术领域: the eight national high-tech fields, which district fields map to
    /// for reporting and for high-tech enterprise recognition.</summary>
    National,
}
