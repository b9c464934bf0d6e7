namespace EcomCompare.Ingestion.Targets;

/// <summary>The units targets are stated in, and how the documents write them.</summary>
public static class TargetUnits
{
    /// <summary>Unit codes; empty for a target without a number.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal) { "%", "%/year", "USD/person/year", "persons",
        "sessions", string.Empty };

    /// <summary>Vietnamese label of a unit code.</summary>
    public static string Vietnamese(string unit) => unit switch
    {
        "%" => "%",
        "%/year" => "%/năm",
        "USD/person/year" => "USD/người/năm",
        "persons" => "lượt người",
        "sessions" => "buổi",
        _ => string.Empty,
    };
}
