using System.Runtime.CompilerServices;
using EcomCompare.DuckDb.Internal;
using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;
using EcomCompare.DuckDb.Reading;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class NativeLayerTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    [Fact]
    public void The_pinned_DuckDB_library_is_the_one_loaded()
    {
        Assert.Equal("v1.5.6", DuckDbDatabase.LibraryVersion);
    }

    [Fact]
    public void Interop_structs_have_the_sizes_of_the_C_structs()
    {
        Assert.Equal(48, Unsafe.SizeOf<NativeResult>());
        Assert.Equal(16, Unsafe.SizeOf<NativeHugeInt>());
        Assert.Equal(24, Unsafe.SizeOf<NativeDecimal>());
        Assert.Equal(16, Unsafe.SizeOf<NativeInterval>());
        Assert.Equal(4, Unsafe.SizeOf<NativeDate>());
    }

    [Fact]
    public unsafe void The_inline_validity_test_agrees_with_duckdb_validity_row_is_valid_on_every_row()
    {
        using var connection = fixture.Connect();
        var handle = connection.Handle;
        using var batch = StatementBatch.Parse(handle, "SELECT CASE WHEN i % 7 IN (0, 3) OR i > 2000 THEN NULL ELSE 'v' || i END FROM range(2048) t(i)");
        using var statement = batch.Prepare(0);
        using var result = NativeExecution.ExecuteStreaming(statement);
        var reader = VectorReaderFactory.Create(ColumnInfo.FromResult(result, 0));
        var checkedRows = 0;
        var nulls = 0;
        for (var pointer = result.FetchChunk(); pointer != IntPtr.Zero; pointer = result.FetchChunk())
        {
            using var chunk = new DataChunkHandle(result);
            chunk.Attach(pointer);
            var vector = NativeMethods.duckdb_data_chunk_get_vector(chunk, 0);
            reader.Bind(vector);
            var validity = NativeMethods.duckdb_vector_get_validity(vector);
            Assert.True(validity != null, "a column with NULLs has a validity mask");
            var size = (int)NativeMethods.duckdb_data_chunk_get_size(chunk);
            for (var row = 0; row < size; row++)
            {
                var isNull = reader.IsNull(row);
                Assert.Equal(!NativeMethods.duckdb_validity_row_is_valid(validity, (ulong)row), isNull);
                nulls += isNull ? 1 : 0;
                checkedRows++;
            }
        }

        Assert.Equal(2048, checkedRows);
        Assert.Equal(Enumerable.Range(0, 2048).Count(i => i % 7 is 0 or 3 || i > 2000), nulls);
    }

    [Fact]
    public void Error_types_are_recovered_from_DuckDB_message_prefixes()
    {
        Assert.Equal(DuckDbErrorType.Parser, ErrorFactory.Classify("Parser Error: syntax error at or near \"SELEC\""));
        Assert.Equal(DuckDbErrorType.Catalog, ErrorFactory.Classify("Catalog Error: Table with name x does not exist!"));
        Assert.Equal(DuckDbErrorType.Interrupt, ErrorFactory.Classify("INTERRUPT Error: Interrupted!"));
        Assert.Equal(DuckDbErrorType.Permission, ErrorFactory.Classify("Permission Error: Cannot access file"));
        Assert.Equal(DuckDbErrorType.Transaction, ErrorFactory.Classify("TransactionContext Error: Conflict"));
        Assert.Equal(DuckDbErrorType.Invalid, ErrorFactory.Classify("something else entirely"));
        Assert.Equal(DuckDbErrorType.Invalid, ErrorFactory.Classify(null));
    }
}
