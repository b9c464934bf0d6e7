using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Sql;
using EcomCompare.OData.Query;
using EcomCompare.OData.Serialization;
using EcomCompare.OData.Translation;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// Runs a parsed request on the cube and writes its payload. The parsed clauses (<c>ODataQueryOptions</c>'
/// FilterClause, ApplyClause, OrderByClause, SelectExpandClause, top, skip, count, skip token) become one SQL
/// statement through our translators, and DuckDB does the work: aggregation ALWAYS runs in DuckDB SQL, never as
/// LINQ over materialised rows. Microsoft.AspNetCore.OData's own $apply (ApplyTo over IQueryable) would read every
/// row into .NET first, and its paging of aggregated results has open bugs (AspNetCoreOData #918); the keyset skip
/// token needs the SQL's total order anyway.
/// </summary>
internal sealed class ODataQueryRunner(ODataSqlTranslator translator, ODataPayloadWriter writer, long maxResponseBytes)
{
    /// <summary>The payload of a count, entity, property or collection request, read through <paramref name="cube"/>.</summary>
    public async Task<ODataPayload> RunAsync(
        CubeReader cube, ODataRequest request, ResponseFormat format, int pageSize, CancellationToken cancellation)
    {
        switch (request.Kind)
        {
            case ODataRequestKind.Count:
                var total = await CountAsync(cube, translator.Count(request), cancellation).ConfigureAwait(false);
                return writer.Count(request.ServiceRoot, total);

            case ODataRequestKind.Entity or ODataRequestKind.Property:
                var single = translator.Entity(request);
                var found = await RowsAsync(cube, single.Rows, cancellation).ConfigureAwait(false);
                if (found.Count == 0)
                {
                    var key = string.Join(", ", request.Key.Select(k => k.Key + "=" + Convert.ToString(k.Value, CultureInfo.InvariantCulture)));
                    throw ODataServiceException.NotFound($"{request.Set!.Name} has no entity with the key ({key}).", "path");
                }

                return request.Kind == ODataRequestKind.Entity
                    ? writer.Entity(request, single, found[0], format)
                    : writer.Property(request, single, found[0], format);

            default:
                var query = translator.Collection(request, pageSize);
                long? count = query.Count is null ? null : await CountAsync(cube, query.Count, cancellation).ConfigureAwait(false);
                var rows = await RowsAsync(cube, query.Rows, cancellation).ConfigureAwait(false);
                Uri? next = null;
                if (rows.Count > query.PageSize)
                {
                    rows = rows.GetRange(0, query.PageSize);
                    next = NextLink(request, query, rows[^1]);
                }

                return writer.Feed(request, query, rows, count, next, format);
        }
    }

    // Reading stops as soon as the rows' text alone passes the response limit: each character is at least one
    // byte in the JSON, so such a response could never be sent, and holding the rest of the rows would spend the
    // memory the limit is there to save. What fits is checked to the byte when it is written (CappedStream).
    private async Task<List<object?[]>> RowsAsync(CubeReader cube, SqlSelect select, CancellationToken cancellation)
    {
        var rows = new List<object?[]>();
        long atLeast = 0;
        using var reader = await cube.ExecuteAsync(SqlRenderer.Render(select), cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            foreach (var value in row)
            {
                atLeast += value is string text ? text.Length + 2 : 1;
            }

            if (atLeast > maxResponseBytes)
            {
                throw ODataServiceException.ResponseTooLarge(maxResponseBytes);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static async Task<long> CountAsync(CubeReader cube, SqlSelect select, CancellationToken cancellation)
    {
        using var reader = await cube.ExecuteAsync(SqlRenderer.Render(select), cancellation).ConfigureAwait(false);
        return await reader.ReadAsync(cancellation).ConfigureAwait(false) ? Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture) : 0;
    }

    // The next page: the same query without $skip (already applied) and with $top reduced by what this page held,
    // continuing after this page's last row.
    private static Uri NextLink(ODataRequest request, TranslatedQuery query, object?[] last)
    {
        var token = SkipToken.Encode(query.OrderFingerprint, query.OrderOrdinals.Select(o => last[o]).ToList());
        var parts = request.RawQuery
            .Where(p => ODataRequestParser.Unescape(p.Key, "query") is not ("$skip" or "$skiptoken" or "$top"))
            .Select(p => p.Key + "=" + p.Value)
            .ToList();
        if (query.Remaining is { } remaining)
        {
            parts.Add("$top=" + (remaining - query.PageSize).ToString(CultureInfo.InvariantCulture));
        }

        parts.Add("$skiptoken=" + token);
        return new Uri(request.ServiceRoot, request.RawPath + "?" + string.Join("&", parts));
    }
}
