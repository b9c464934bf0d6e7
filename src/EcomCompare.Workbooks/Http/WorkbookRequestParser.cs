using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Slices;
using EcomCompare.Views.Tokens;
using EcomCompare.Workbooks.Comparisons;
using Microsoft.AspNetCore.Http;

namespace EcomCompare.Workbooks.Http;

/// <summary>
/// Reads <c>/export/{comparison}.xlsx?…</c> — the slice, <c>lang</c> and the view's switches, each with the same key
/// and tokens as the dashboard's address and the chart URLs (<see cref="ViewTokens"/>) — into the
/// <see cref="ExportView"/> the dashboard wrote the address from; every way it can be wrong gets a plain sentence.
/// </summary>
internal static class WorkbookRequestParser
{
    /// <summary>The parameters an export URL takes.</summary>
    public static IReadOnlyList<string> Parameters { get; } =
        [.. SliceQueryString.Keys, ViewTokens.Languages.Key, .. Comparisons.Comparisons.All.SelectMany(c => c.Options.Keys).Distinct()];

    /// <summary>Parses a request without the cube (syntax only).</summary>
    internal static bool TryParse(
        string file, IQueryCollection query, out IComparison comparison, out CubeSlice slice, out Language language, out string? error) =>
        TryParse(file, query, out comparison, out slice, out language, out _, out error);

    /// <summary>Parses a request without the cube (syntax only), with the view it exports.</summary>
    internal static bool TryParse(
        string file, IQueryCollection query, out IComparison comparison, out CubeSlice slice, out Language language, out ExportView view,
        out string? error)
    {
        comparison = null!;
        slice = CubeSlice.All;
        language = Language.Vi;
        view = new ExportView(ExportPage.FundingSplit, slice, Language.Vi);
        var dot = file.LastIndexOf('.');
        var name = dot < 0 ? file : file[..dot];
        if (Comparisons.Comparisons.Find(name) is not { } found)
        {
            error =
                $"unknown comparison '{QueryParameters.Clean(name)}': the exports are {string.Join(", ", Comparisons.Comparisons.All.Select(c => c.Name + ".xlsx"))}";
            return false;
        }

        comparison = found;
        if (!file.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            error = $"'{QueryParameters.Clean(file)}': ask for {name}.xlsx";
            return false;
        }

        if (!QueryParameters.TryRead(query, Parameters, out var values, out error)
            || !SliceQueryString.TryParse(k => values.TryGetValue(k, out var v) ? v : null, out slice, out error))
        {
            return false;
        }

        if (values.GetValueOrDefault(ViewTokens.Languages.Key) is { } token)
        {
            if (ViewTokens.Languages.Parse(token) is not { } chosen)
            {
                error = $"lang '{QueryParameters.Clean(token)}': write lang=vi (default) or lang=en";
                return false;
            }

            language = chosen;
        }

        return TryView(comparison, values, slice, language, out view, out error);
    }

    /// <summary>The view's switches: each must be one the comparison takes, with a value it knows.</summary>
    private static bool TryView(
        IComparison comparison, IReadOnlyDictionary<string, string> values, CubeSlice slice, Language language, out ExportView view,
        out string? error)
    {
        view = new ExportView(comparison.Page ?? ExportPage.Explorer, slice, language);
        error = null;
        foreach (var (key, value) in values.Where(p => !SliceQueryString.Keys.Contains(p.Key) && p.Key != ViewTokens.Languages.Key))
        {
            if (!comparison.Options.TryGetValue(key, out var allowed))
            {
                error = comparison.Options.Count == 0
                    ? $"'{key}' does not apply to {comparison.Name}.xlsx: it takes the slice and lang only"
                    : $"'{key}' does not apply to {comparison.Name}.xlsx: it takes {string.Join(", ", comparison.Options.Keys)}";
                return false;
            }

            if (allowed is not null && !allowed.Contains(value))
            {
                error = $"{key} '{QueryParameters.Clean(value)}': {comparison.Name}.xlsx takes {key}={string.Join(" or " + key + "=", allowed)}";
                return false;
            }
        }

        string? Get(string key) => values.TryGetValue(key, out var v) ? v : null;
        view = view with
        {
            Layout = ViewTokens.Layouts.Parse(Get(ViewTokens.Layouts.Key)),
            Grouping = ViewTokens.Groupings.Parse(Get(ViewTokens.Groupings.Key)),
            Measure = ViewTokens.Measures.Parse(Get(ViewTokens.Measures.Key)),
            Subtotals = Get(ViewTokens.TotalsKey) != "off",
        };
        if (comparison.Page != ExportPage.Explorer)
        {
            return true;
        }

        var rows = new List<CubeDimension>();
        foreach (var token in (Get(ViewTokens.Dimensions.Key) ?? "province,category").Split(',', StringSplitOptions.TrimEntries))
        {
            if (ViewTokens.Dimensions.Parse(token) is not { } row || !Pivot.RowChoices.Contains(row) || rows.Contains(row))
            {
                var choices = string.Join(", ", ViewTokens.Dimensions.Tokens(Pivot.RowChoices));
                error = $"rows '{QueryParameters.Clean(token)}': write rows= as distinct dimensions among {choices}";
                return false;
            }

            rows.Add(row);
        }

        CubeDimension? column = CubeDimension.Source;
        if (Get(ViewTokens.ColumnsKey) is { } cols)
        {
            column = cols == ViewTokens.NoColumn ? null : ViewTokens.Dimensions.Parse(cols);
            if (cols != ViewTokens.NoColumn && (column is null || !Pivot.ColumnChoices.Contains(column.Value) || rows.Contains(column.Value)))
            {
                var choices = string.Join(", ", ViewTokens.Dimensions.Tokens(Pivot.ColumnChoices));
                error = $"cols '{QueryParameters.Clean(cols)}': write cols={ViewTokens.NoColumn} or one of {choices} that is not a row";
                return false;
            }
        }

        if (rows.Count > 4)
        {
            error = "rows: at most 4 levels";
            return false;
        }

        view = view with { Rows = rows, Column = column };
        return true;
    }

    /// <summary>
    /// What the file holds: <c>ecomcompare-funding-split-multiples-binh-dinh-can-tho-2021-2023-local-only-en.xlsx</c> —
    /// the comparison and its switches, the provinces (all when none is named: <c>all-provinces</c>), the years, the
    /// sources and categories when they are not all of them, the language.
    /// </summary>
    internal static string FileName(WorkbookRequest request, CubeCatalog catalog)
    {
        var view = request.View;
        var parts = new List<string> { "ecomcompare", request.Comparison.Name };
        if (view.Layout == ViewLayout.Multiples)
        {
            parts.Add("multiples");
        }

        if (view.Grouping == Grouping.Native)
        {
            parts.Add("native-groups");
        }

        if (view.Page == ExportPage.Explorer)
        {
            parts.Add(string.Join('-', view.Rows.Select(r => r.Token())) + (view.Column is { } c ? "-by-" + c.Token() : string.Empty));
        }

        if (view.Measure is { } measure and not Measure.Amount)
        {
            parts.Add(measure switch
            {
                Measure.Share => "shares",
                Measure.ShareOfRow => "share-of-row",
                Measure.ShareOfColumn => "share-of-column",
                _ => "share-of-total",
            });
        }

        var slice = request.Slice;
        parts.Add(slice.Provinces.Count == 0 || slice.Provinces.Count == catalog.Provinces.Count ? "all-provinces" : string.Join('-',
            slice.Provinces));
        if (slice.FromYear is { } from && slice.ToYear is { } to)
        {
            parts.Add(from == to ? from.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{from}-{to}"));
        }

        // A part of the money or of the tasks says so in the name, so that it is not taken for the whole budget.
        if (slice.Sources.Count > 0 && slice.Sources.Count < catalog.Sources.Count)
        {
            parts.Add(string.Join('-', slice.Sources) + "-only");
        }

        if (slice.Categories.Count > 0 && slice.Categories.Count < catalog.Categories.Count)
        {
            parts.Add(slice.Categories.Count <= 2
                ? "categories-" + string.Join('-', slice.Categories)
                : slice.Categories.Count.ToString(CultureInfo.InvariantCulture) + "-categories");
        }

        if (request.Language != Language.Vi)
        {
            parts.Add(request.Language.Token());
        }

        return string.Join('-', parts) + ".xlsx";
    }

}
