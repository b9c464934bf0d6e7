using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomCompare.Ingestion.Text;

/// <summary>
/// The one place that reads numbers as Vietnamese documents write them: <c>.</c> groups thousands
/// (<c>3.785</c> = 3785), <c>,</c> is the decimal mark (<c>46,3</c> = 46.3), <c>-</c> or an empty cell is no money.
/// Everything else in the code base formats and parses with <see cref="CultureInfo.InvariantCulture"/>.
/// </summary>
public static partial class VietnameseNumbers
{
    /// <summary>
    /// Reads an amount cell. Returns null for "no money" (empty, <c>-</c>, <c>–</c>).
    /// Returns false when the text is not a number.
    /// </summary>
    /// <example><c>TryParseAmount("3.785", out var v)</c> → v = 3785; <c>"46,3"</c> → 46.3; <c>"1436,3"</c> → 1436.3.</example>
    public static bool TryParseAmount(string cell, out decimal? amount)
    {
        var text = CellText.Clean(cell).Trim();
        amount = null;
        if (text.Length == 0 || text is "-" or "–" or "—")
        {
            return true;
        }

        // Strict grouping first (1.234.567,5); leniently also a first group of 4+ digits ("2000.000.000", as one
        // of the documents writes it) — the reconciliation then reports the figure if it disagrees with its neighbours.
        var match = NumberPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var integer = match.Groups["int"].Value.Replace(".", string.Empty, StringComparison.Ordinal);
        var fraction = match.Groups["frac"].Success ? match.Groups["frac"].Value : string.Empty;
        var invariant = fraction.Length > 0 ? $"{integer}.{fraction}" : integer;
        amount = decimal.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (match.Groups["neg"].Success)
        {
            amount = -amount;
        }

        return true;
    }

    /// <summary>Reads an amount cell or throws <see cref="IngestionException"/> naming the file, line and column.</summary>
    public static decimal? ParseAmount(string cell, string file, int line, string column)
    {
        if (!TryParseAmount(cell, out var amount))
        {
            throw new IngestionException(file, line, $"cannot read '{CellText.Clean(cell).Trim()}' as an amount in column {column}");
        }

        return amount;
    }

    /// <summary>Reads a whole number of đồng written with thousands dots (<c>6.860.000.000</c>) and returns million VND.</summary>
    public static bool TryParseDongAsMillions(string text, out decimal millions)
    {
        millions = 0;
        if (!TryParseAmount(text, out var dong) || dong is null)
        {
            return false;
        }

        millions = dong.Value / 1_000_000m;
        return true;
    }

    /// <summary>Reads a percentage like <c>30%</c> or <c>30 %</c>; returns 30.</summary>
    public static bool TryParsePercent(string text, out decimal percent)
    {
        percent = 0;
        var match = PercentPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var value = match.Groups["v"].Value.Replace(',', '.');
        percent = decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Formats million VND the Vietnamese way (<c>5.241,5</c>), for messages.</summary>
    public static string Format(decimal amount) => amount.ToString("#,##0.###", Vietnamese);

    /// <summary>Vietnamese number format: <c>.</c> groups, <c>,</c> decimal mark.</summary>
    public static NumberFormatInfo Vietnamese { get; } = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
        NegativeSign = "-",
    };

    [GeneratedRegex(@"^(?<neg>-)?(?<int>\d{1,3}(?:\.\d{3})+|\d+(?:\.\d{3})*)(?:,(?<frac>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<v>\d+(?:[,.]\d+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentPattern();
}
