namespace EcomCompare.DuckDb.Native.Interop;

/// <summary><c>duckdb_statement_type</c> (only the members this binding looks at are named).</summary>
internal enum DuckDbStatementType
{
    Invalid = 0,
    Select = 1,
    Insert = 2,
    Update = 3,
    Explain = 4,
    Delete = 5,
}
