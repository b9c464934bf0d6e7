using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Charts.Definitions;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Slices;
using EcomCompare.Views.Tokens;
using Microsoft.Extensions.Primitives;

namespace EcomCompare.Charts.Requests;

/// <summary>
/// Reads <c>/charts/{chart}.{svg|png}?…</c>. Every way a request can be wrong gets a plain sentence saying what
/// is wrong and what would be right; the endpoint answers it with 400.
/// </summary>
internal static partial class ChartRequestParser
{
    /// <summary>Size limits: a picture a report can hold, and that one request cannot use to exhaust the server.</summary>
    public const int MinWidth = 240, MaxWidth = 3000, MinHeight = 160, MaxHeight = 3000, MaxPixels = 6000;

    /// <summary>
    /// The most pixels one PNG may have in all (width × scale by height × scale): a 4K screen, 3840 × 2160. Memory and
    /// drawing time grow with the area, not the sides: 6000 × 6000 would be 144 MB of bitmap for one request.
    /// </summary>
    public const long MaxPixelCount = 3840L * 2160;

    public const double MinScale = 0.5, MaxScale = 4;

    public const int MaxTitleLength = 150;

    /// <summary>The parameters a chart URL takes.</summary>
    public static IReadOnlyList<string> Parameters { get; } =
    [
        .. SliceQueryString.Keys, ViewTokens.Measures.Key, ViewTokens.Layouts.Key, "width", "height", "scale", ViewTokens.Languages.Key,
        ExportAddress.TitleKey,
    ];

    /// <summary>First step, without the cube: the URL's syntax.</summary>
    public static bool TryParse(string file, IEnumerable<KeyValuePair<string, StringValues>> query, out ChartRequest request, out string? error)
    {
        request = null!;
        var dot = file.LastIndexOf('.');
        var name = dot < 0 ? file : file[..dot];
        var extension = dot < 0 ? string.Empty : file[(dot + 1)..];
        var format = extension switch { "svg" => ChartFormat.Svg, "png" => ChartFormat.Png, _ => (ChartFormat?)null };
        var chart = ChartDefinitions.Find(name);
        if (chart is null)
        {
            error = $"unknown chart '{QueryParameters.Clean(name)}': the charts are {string.Join(", ", ChartDefinitions.All.Select(c => c.Name))}";
            return false;
        }

        if (format is null)
        {
            error = $"'{QueryParameters.Clean(file)}': ask for {name}.svg or {name}.png";
            return false;
        }

        if (!QueryParameters.TryRead(query, Parameters, out var values, out error))
        {
            return false;
        }

        string? Get(string key) => values.TryGetValue(key, out var v) ? v : null;
        if (!SliceQueryString.TryParse(Get, out var slice, out error))
        {
            return false;
        }

        if (!chart.UsesSources && slice.Sources.Count > 0)
        {
            error = $"{chart.Name} compares {chart.FixedSourcesDescription}: 'sources' does not apply to it";
            return false;
        }

        var measureToken = Get(ViewTokens.Measures.Key);
        if (chart.Measures.Count == 0 && measureToken is not null)
        {
            error = $"{chart.Name} is a ratio: 'measure' does not apply to it";
            return false;
        }

        Measure? measure = chart.Measures.Count == 0 ? null : chart.Measures[0];
        if (measureToken is not null)
        {
            measure = ViewTokens.Measures.Parse(measureToken);
            if (measure is null || !chart.Measures.Contains(measure.Value))
            {
                var measures = string.Join(" or measure=", ViewTokens.Measures.Tokens(chart.Measures));
                error = $"measure '{QueryParameters.Clean(measureToken)}': {chart.Name} draws measure={measures}";
                return false;
            }
        }

        var layoutToken = Get(ViewTokens.Layouts.Key);
        var layout = layoutToken is null ? chart.Layouts[0] : ViewTokens.Layouts.Parse(layoutToken);
        if (layout is null || !chart.Layouts.Contains(layout.Value))
        {
            var layouts = string.Join(" or layout=", ViewTokens.Layouts.Tokens(chart.Layouts));
            error = $"layout '{QueryParameters.Clean(layoutToken!)}': {chart.Name} draws layout={layouts}";
            return false;
        }

        if (!TryInteger(Get("width"), "width", chart.DefaultWidth, MinWidth, MaxWidth, out var width, ref error)
            || !TryInteger(Get("height"), "height", chart.DefaultHeight, MinHeight, MaxHeight, out var height, ref error)
            || !TryScale(Get("scale"), out var scale, ref error))
        {
            return false;
        }

        if (format == ChartFormat.Png && (width * scale > MaxPixels || height * scale > MaxPixels))
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"width × scale and height × scale must be at most {MaxPixels} pixels; {width}×{height} at scale {scale} is {width * scale:0}×{height * scale:0}");
            return false;
        }

        if (format == ChartFormat.Png && Math.Round(width * scale) * Math.Round(height * scale) > MaxPixelCount)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"a PNG may have at most {MaxPixelCount:#,0} pixels (3840×2160); {width}×{height} at scale {scale} is {width * scale:0}×{height * scale:0} = {Math.Round(width * scale) * Math.Round(height * scale):#,0}: lower the scale or the size");
            return false;
        }

        var languageToken = Get(ViewTokens.Languages.Key);
        var language = languageToken is null ? Language.Vi : ViewTokens.Languages.Parse(languageToken);
        if (language is null)
        {
            error = $"lang '{QueryParameters.Clean(languageToken!)}': write lang=vi (default) or lang=en";
            return false;
        }

        var title = Get(ExportAddress.TitleKey);
        if (title is not null && (title.Length > MaxTitleLength || title.Any(char.IsControl)))
        {
            error = title.Length > MaxTitleLength
                ? $"'title' has {title.Length} characters: at most {MaxTitleLength}"
                : "'title' has a control character (a line break or tab): write it on one line";
            return false;
        }

        request = new ChartRequest
        {
            Chart = chart,
            Format = format.Value,
            Slice = slice,
            Measure = measure,
            Layout = layout.Value,
            Width = width,
            Height = height,
            Scale = format == ChartFormat.Png ? scale : 1,
            Language = language.Value,
            Title = title,
        };
        return true;
    }

    /// <summary>Second step, with the cube's members: codes must exist; the slice is normalised.</summary>
    public static bool TryResolve(ChartRequest parsed, CubeCatalog catalog, out ChartRequest request, out string? error)
    {
        request = parsed;
        if (!SliceResolver.TryResolve(parsed.Slice, catalog, out var slice, out error))
        {
            return false;
        }

        request = parsed with { Slice = slice };
        return true;
    }

    private static bool TryInteger(string? text, string name, int fallback, int min, int max, out int value, ref string? error)
    {
        value = fallback;
        if (text is null)
        {
            return true;
        }

        if (!Digits().IsMatch(text) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            error = $"{name} '{QueryParameters.Clean(text)}': write a whole number of pixels from {min} to {max}";
            return false;
        }

        return true;
    }

    private static bool TryScale(string? text, out double value, ref string? error)
    {
        value = 1;
        if (text is null)
        {
            return true;
        }

        if (!Decimal().IsMatch(text) || !double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
            out value) || value < MinScale || value > MaxScale)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"scale '{QueryParameters.Clean(text)}': write a number from {MinScale} to {MaxScale} (e.g. scale=2 for a high-DPI PNG)");
            return false;
        }

        return true;
    }

    [GeneratedRegex("^[0-9]{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();
}
