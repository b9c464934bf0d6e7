namespace EcomCompare.DuckDb.Native.Interop;

/// <summary><c>duckdb_state</c>: the return code of most C API calls.</summary>
internal enum DuckDbState
{
    Success = 0,
    Error = 1,
}
