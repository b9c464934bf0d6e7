namespace EcomCompare.OData.Translation;

/// <summary>A property written for each row: its name, type, whether it is declared, and its column in the result.</summary>
internal sealed record OutputColumn(string Name, ValueKind Type, bool Declared, int Ordinal);
