using System.Data.Common;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Schema;
using EcomCompare.Cube.Sql;
using EcomCompare.Cube.Store;

namespace EcomCompare.Cube.Query;

/// <summary>
/// The query layer every surface shares (CLI, dashboard, charts; OData renders through the same
/// <see cref="SqlRenderer"/>): cube questions in, typed rows out. Slice/dice by members, roll-up and drill-down
/// along the dimensions, subtotals with GROUPING SETS, shares of a total, and pivots.
/// </summary>
/// <example>
/// <code>
/// var queries = new CubeQueries(store);
/// // Each source's share of each province's budget:
/// var split = await queries.AskAsync(new CubeQuestion([CubeDimension.Province, CubeDimension.Source], CubeSlice.All,
///     ShareWithin: [CubeDimension.Province]));
/// </code>
/// </example>
public sealed class CubeQueries(CubeStore store)
{
    /// <summary>The store the queries read.</summary>
    public CubeStore Store => store;

    /// <summary>Answers a question.</summary>
    public Task<CubeResult> AskAsync(CubeQuestion question, CancellationToken cancellation = default) =>
        AskAsync(question, SqlRenderer.Render(CubeSql.Compile(question)), cancellation);

    /// <summary>
    /// Answers a question already rendered — <paramref name="statement"/> must be
    /// <c>SqlRenderer.Render(CubeSql.Compile(question))</c> — for a caller that keys a cache by the statement.
    /// </summary>
    public Task<CubeResult> AskAsync(CubeQuestion question, SqlStatement statement, CancellationToken cancellation = default) =>
        RunAsync(statement, reader =>
        {
            var n = question.By.Count;
            var rows = new List<CubeRow>();
            while (reader.Read())
            {
                var (keys, labels, rolled) = ReadDimensions(reader, n);
                var amount = reader.GetDecimal(3 * n);
                var lines = reader.GetInt64(3 * n + 1);
                double? share = reader.IsDBNull(3 * n + 2) ? null : reader.GetDouble(3 * n + 2);
                rows.Add(new CubeRow(keys, labels, rolled, amount, lines, share));
            }

            return new CubeResult(question.By, rows);
        }, cancellation);

    /// <summary>Pivots <paramref name="column"/>'s members into columns, rows grouped by <paramref name="rows"/>.</summary>
    public async Task<PivotResult> PivotAsync(
        IReadOnlyList<CubeDimension> rows, CubeDimension column, CubeSlice slice, CubeTotals totals = CubeTotals.Rollup,
        Language language = Language.Vi, CancellationToken cancellation = default)
    {
        var members = await AskAsync(new CubeQuestion([column], slice, Language: language), cancellation).ConfigureAwait(false);
        var columns = members.Rows.Select(r => (r.Keys[0] ?? string.Empty, r.Labels[0] ?? string.Empty)).Take(CubeSql.MaxPivotColumns).ToList();
        var select = CubeSql.CompilePivot(rows, column, columns.Select(c => c.Item1).ToList(), slice, totals, language);
        return await RunAsync(SqlRenderer.Render(select), reader =>
        {
            var n = rows.Count;
            var cells = new List<PivotRow>();
            while (reader.Read())
            {
                var (keys, labels, rolled) = ReadDimensions(reader, n);
                var values = new decimal?[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    values[c] = reader.IsDBNull(3 * n + c) ? null : reader.GetDecimal(3 * n + c);
                }

                cells.Add(new PivotRow(keys, labels, rolled, values, reader.GetDecimal(3 * n + columns.Count)));
            }

            return new PivotResult(rows, column, columns, cells);
        }, cancellation).ConfigureAwait(false);
    }

    /// <summary>Every province with its attributes, stated total and cube total.</summary>
    public Task<IReadOnlyList<ProvinceRecord>> ProvincesAsync(CancellationToken cancellation = default) =>
        RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = Columns(
                "Code", "Name", "Region", "Decision", "DecisionDate", "PlanPeriod", "MergedInto", "StatedTotal", "CubeTotal", "Document",
                "DocumentStatus", "AdoptedAs", "AdoptedOn"),
            From = new SqlRelation(CubeSchema.Provinces),
            OrderBy = [new SqlOrder(SqlExpr.Col("SortOrder"))],
        }), reader => ReadAll(reader, r => new ProvinceRecord(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
            r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetDecimal(7), r.GetDecimal(8), r.GetString(9))
        {
            IsDraft = r.GetString(10) == "draft",
            AdoptedAs = r.IsDBNull(11) ? null : r.GetString(11),
            AdoptedOn = r.IsDBNull(12) ? null : r.GetFieldValue<DateOnly>(12),
        }), cancellation);

    /// <summary>
    /// Funding splits for the whole plan period (<paramref name="byYear"/> false) or per year. A whole-period
    /// table's money (<see cref="FundingSplit.NoYearSplit"/>) is in the period's figures and in no year's.
    /// </summary>
    public Task<IReadOnlyList<FundingSplit>> FundingSplitsAsync(bool byYear = false, CancellationToken cancellation = default)
    {
        string[] measures = ["Central", "Local", "Enterprise", "Other", "Total", "CentralShare", "LocalShare", "EnterpriseShare", "OtherShare"];
        string[] names = byYear ? ["ProvinceCode", "Province", "Year", .. measures] : ["ProvinceCode", "Province", .. measures, "NoYearSplit"];
        var order = byYear ? new[] { new SqlOrder(SqlExpr.Col("ProvinceCode")), new SqlOrder(SqlExpr.Col("Year")) } : [
            new SqlOrder(SqlExpr.Col("ProvinceCode"))];
        var at = byYear ? 3 : 2; // first measure
        return RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = names.Select((c,
                i) => new SqlSelectItem(SqlExpr.Col(c), "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            From = new SqlRelation(byYear ? CubeSchema.FundingSplitsByYear : CubeSchema.FundingSplits),
            OrderBy = order,
        }), reader => ReadAll(reader, r => new FundingSplit(
            r.GetString(0), r.GetString(1), byYear ? r.GetInt32(2) : null,
            r.GetDecimal(at), r.GetDecimal(at + 1), r.GetDecimal(at + 2), r.GetDecimal(at + 3), r.GetDecimal(at + 4),
            NullableDouble(r, at + 5), NullableDouble(r, at + 6), NullableDouble(r, at + 7), NullableDouble(r, at + 8),
            byYear ? 0m : r.GetDecimal(at + 9))), cancellation);
    }

    /// <summary>Discrepancies, optionally of one province, in document order.</summary>
    public Task<IReadOnlyList<DiscrepancyRecord>> DiscrepanciesAsync(string? province = null, CancellationToken cancellation = default) =>
        RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = Columns("Id", "ProvinceCode", "Document", "Line", "Kind", "Scope", "Stated", "Computed", "Difference", "Message", "Figures"),
            From = new SqlRelation(CubeSchema.Discrepancies),
            Where = province is null ? null : new SqlBinary(SqlBinaryOp.Equal, SqlExpr.Col("ProvinceCode"), SqlExpr.Param(province)),
            OrderBy = [new SqlOrder(SqlExpr.Col("Id"))],
        }), reader => ReadAll(reader, r => new DiscrepancyRecord(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetString(5),
            NullableDecimal(r, 6), NullableDecimal(r, 7), NullableDecimal(r, 8), r.GetString(9))
        {
            Figures = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(10)) ?? [],
        }), cancellation);

    /// <summary>What the build reported without failing, in province then document order.</summary>
    public Task<IReadOnlyList<WarningRecord>> WarningsAsync(CancellationToken cancellation = default) =>
        RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = Columns("ProvinceCode", "Document", "Line", "Kind", "Amount", "Message"),
            From = new SqlRelation(CubeSchema.BuildWarnings),
            OrderBy = [new SqlOrder(SqlExpr.Col("Id"))],
        }), reader => ReadAll(
            reader, r => new WarningRecord(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetDecimal(4), r.GetString(5))),
                cancellation);

    /// <summary>Lines <paramref name="line"/> ± <paramref name="radius"/> of a document, for showing a figure in context.</summary>
    public Task<IReadOnlyList<DocumentLine>> DocumentContextAsync(string document, int line, int radius = 3,
        CancellationToken cancellation = default) =>
        RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = Columns("Document", "Line", "Text"),
            From = new SqlRelation(CubeSchema.DocumentLines),
            Where = SqlExpr.And(
                new SqlBinary(SqlBinaryOp.Equal, SqlExpr.Col("Document"), SqlExpr.Param(document)),
                SqlExpr.And(
                    new SqlBinary(SqlBinaryOp.GreaterOrEqual, SqlExpr.Col("Line"), SqlExpr.Param(line - radius)),
                    new SqlBinary(SqlBinaryOp.LessOrEqual, SqlExpr.Col("Line"), SqlExpr.Param(line + radius)))),
            OrderBy = [new SqlOrder(SqlExpr.Col("Line"))],
        }), reader => ReadAll(reader, r => new DocumentLine(r.GetString(0), r.GetInt32(1), r.GetString(2))), cancellation);

    /// <summary>Every target, in indicator then province order; optionally of some provinces only.</summary>
    public Task<IReadOnlyList<TargetRecord>> TargetsAsync(IReadOnlyList<string>? provinces = null, CancellationToken cancellation = default) =>
        RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = Columns(
                "Id", "ProvinceCode", "IndicatorCode", "Indicator", "IndicatorVi", "Value", "ValueMax", "Unit", "Comparator", "Year", "Text",
                "Section", "Document", "Line", "CategoryCode", "Group", "GroupVi"),
            From = new SqlRelation(CubeSchema.Targets),
            Where = provinces is { Count: > 0 } ? new SqlIn(SqlExpr.Col("ProvinceCode"), provinces.Select(p => SqlExpr.Param(p)).ToList()) : null,
            OrderBy = [new SqlOrder(SqlExpr.Col("IndicatorOrder")), new SqlOrder(SqlExpr.Col("ProvinceOrder")), new SqlOrder(SqlExpr.Col("Id"))],
        }), reader => ReadAll(reader, r => new TargetRecord(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), NullableDecimal(r, 5), NullableDecimal(r, 6),
            r.GetString(7), r.GetString(8), r.GetInt32(9), r.GetString(10), r.GetString(11), r.GetString(12), r.GetInt32(13),
            r.IsDBNull(14) ? null : r.GetString(14), r.GetString(15), r.GetString(16))), cancellation);

    /// <summary>The harmonized target indicators, in order.</summary>
    public Task<IReadOnlyList<IndicatorRecord>> IndicatorsAsync(CancellationToken cancellation = default) =>
        RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = Columns("Code", "Name", "NameVi", "Unit", "Group", "GroupVi", "CategoryCode", "National", "NationalComparator"),
            From = new SqlRelation(CubeSchema.Indicators),
            OrderBy = [new SqlOrder(SqlExpr.Col("SortOrder"))],
        }), reader => ReadAll(
            reader, r => new IndicatorRecord(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6))
            {
                National = NullableDecimal(r, 7),
                NationalComparator = r.IsDBNull(8) ? null : r.GetString(8),
            }), cancellation);

    /// <summary>The harmonized categories, in order.</summary>
    public Task<IReadOnlyList<NamedMember>> CategoriesAsync(CancellationToken cancellation = default) => MembersAsync(
        CubeSchema.Categories, cancellation);

    /// <summary>The funding sources, in order.</summary>
    public Task<IReadOnlyList<NamedMember>> SourcesAsync(CancellationToken cancellation = default) => MembersAsync(
        CubeSchema.FundingSources, cancellation);

    /// <summary>
    /// Where each item of a slice is written: document and line range of its amounts — positions, not money (the
    /// amounts next to them come from <see cref="AskAsync(CubeQuestion, CancellationToken)"/>).
    /// </summary>
    public Task<IReadOnlyList<ItemSource>> ItemSourcesAsync(CubeSlice slice, CancellationToken cancellation = default) =>
        RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items =
            [
                new SqlSelectItem(SqlExpr.Col("ItemKey"), "ItemKey"),
                new SqlSelectItem(SqlExpr.Col("Document"), "Document"),
                new SqlSelectItem(new SqlAggregate(SqlAggregateKind.Min, SqlExpr.Col("Line")), "FirstLine"),
                new SqlSelectItem(new SqlAggregate(SqlAggregateKind.Max, SqlExpr.Col("Line")), "LastLine"),
                new SqlSelectItem(
                    new SqlAggregate(SqlAggregateKind.Max, new SqlCast(SqlExpr.Col("IsUnitemized"), SqlType.Integer)), "Unitemized"),
            ],
            From = new SqlRelation(CubeSchema.BudgetLines),
            Where = CubeSql.Where(slice),
            GroupBy = new SqlPlainGroupBy([SqlExpr.Col("ItemKey"), SqlExpr.Col("Document")]),
            OrderBy = [new SqlOrder(new SqlAggregate(SqlAggregateKind.Min, SqlExpr.Col("Line")))],
        }), reader => ReadAll(reader, r => new ItemSource(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4) != 0)),
            cancellation);

    /// <summary>Runs any rendered statement on a leased connection (the service's own places) and maps the rows.</summary>
    public Task<T> RunAsync<T>(SqlStatement statement, Func<DbDataReader, T> read, CancellationToken cancellation = default) =>
        ReadAsync(CubeWorkload.Fixed, async (cube, token) =>
        {
            using var reader = await cube.ExecuteAsync(statement, token).ConfigureAwait(false);
            return read(reader);
        }, cancellation);

    /// <summary>
    /// Runs <paramref name="read"/> on one connection leased for <paramref name="workload"/> (waiting for one of its
    /// places): every statement it runs reads the same cube generation, whose identity it can see. A connection
    /// whose query failed or was interrupted is not pooled again.
    /// </summary>
    /// <exception cref="CubeQueryException">No cube, no free place, or a statement failed.</exception>
    public async Task<T> ReadAsync<T>(
        CubeWorkload workload, Func<CubeReader, CancellationToken, Task<T>> read, CancellationToken cancellation = default)
    {
        using var lease = await store.LeaseAsync(workload, cancellation).ConfigureAwait(false);
        try
        {
            return await read(new CubeReader(lease), cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CubeQueryException or OperationCanceledException)
        {
            lease.Broken = true; // an interrupted or failed query: do not pool that connection
            throw;
        }
    }

    private Task<IReadOnlyList<NamedMember>> MembersAsync(string relation, CancellationToken cancellation) =>
        RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = Columns("Code", "Name", "NameVi"),
            From = new SqlRelation(relation),
            OrderBy = [new SqlOrder(SqlExpr.Col("SortOrder"))],
        }), reader => ReadAll(reader, r => new NamedMember(r.GetString(0), r.GetString(1), r.GetString(2))), cancellation);

    // The k/l/g columns CubeSql.DimensionItems lays out for n dimensions.
    private static (string?[] Keys, string?[] Labels, bool[] RolledUp) ReadDimensions(DbDataReader reader, int n)
    {
        var keys = new string?[n];
        var labels = new string?[n];
        var rolled = new bool[n];
        for (var k = 0; k < n; k++)
        {
            keys[k] = reader.IsDBNull(2 * k) ? null : reader.GetString(2 * k);
            labels[k] = reader.IsDBNull((2 * k) + 1) ? null : reader.GetString((2 * k) + 1);
            rolled[k] = Convert.ToInt64(reader.GetValue((2 * n) + k), System.Globalization.CultureInfo.InvariantCulture) != 0;
        }

        return (keys, labels, rolled);
    }

    private static List<SqlSelectItem> Columns(params string[] names) => names.Select(n => new SqlSelectItem(SqlExpr.Col(n), n)).ToList();

    private static IReadOnlyList<T> ReadAll<T>(DbDataReader reader, Func<DbDataReader, T> map)
    {
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }

        return list;
    }

    private static decimal? NullableDecimal(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}

/// <summary>One leased connection, as <see cref="CubeQueries.ReadAsync{T}"/> lends it: the cube it reads, and its statements.</summary>
public sealed class CubeReader
{
    private readonly CubeLease _lease;

    internal CubeReader(CubeLease lease) => _lease = lease;

    /// <summary>The cube generation every statement of this read sees.</summary>
    public CubeIdentity Identity => _lease.Identity;

    /// <summary>Runs a rendered statement under the per-query time limit; the reader streams its rows.</summary>
    public Task<DbDataReader> ExecuteAsync(SqlStatement statement, CancellationToken cancellation) =>
        _lease.Connection.ExecuteReaderAsync(statement, _lease.TimeoutSeconds, cancellation);
}
