namespace EcomCompare.DuckDb.Native.Interop;

/// <summary><c>duckdb_result_type</c>: what kind of result a statement produced.</summary>
internal enum DuckDbResultType
{
    Invalid = 0,
    ChangedRows = 1,
    Nothing = 2,
    QueryResult = 3,
}
