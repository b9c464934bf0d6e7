using System.Text;

namespace EcomCompare.Ingestion.Text;

/// <summary>
/// Reads an amount written in Vietnamese words, as decisions repeat their totals:
/// "Năm tỷ hai trăm bốn mươi một triệu năm trăm nghìn đồng" → 5 241 500 000.
/// </summary>
public static class VietnameseNumberWords
{
    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["không"] = 0,
        ["một"] = 1,
        ["mốt"] = 1,
        ["hai"] = 2,
        ["ba"] = 3,
        ["bốn"] = 4,
        ["tư"] = 4,
        ["năm"] = 5,
        ["lăm"] = 5,
        ["nhăm"] = 5,
        ["sáu"] = 6,
        ["bảy"] = 7,
        ["bẩy"] = 7,
        ["tám"] = 8,
        ["chín"] = 9,
    };

    private static readonly Dictionary<string, long> Scales = new(StringComparer.Ordinal)
    {
        ["nghìn"] = 1_000,
        ["ngàn"] = 1_000,
        ["triệu"] = 1_000_000,
        ["tỷ"] = 1_000_000_000,
        ["tỉ"] = 1_000_000_000,
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "lẻ", "linh", "đồng", "chẵn", "chẳn", "vnd", "vnđ" };

    /// <summary>Parses the words; false if any word is not a number word.</summary>
    public static bool TryParse(string words, out long value)
    {
        value = 0;
        var text = CellText.Clean(words).Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var tokens = text.Split([' ', ',', '.', ';', '(', ')', '*', '_'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }

        long total = 0;   // what the scale words have already closed
        long group = 0;   // the current group below one thousand
        long pending = 0; // a digit waiting for "mươi"/"trăm"/a scale
        var sawNumber = false;
        foreach (var token in tokens)
        {
            if (Digits.TryGetValue(token, out var digit))
            {
                pending = digit;
                sawNumber = true;
            }
            else if (token == "mươi")
            {
                group += pending * 10;
                pending = 0;
            }
            else if (token == "mười")
            {
                group += 10;
                sawNumber = true;
            }
            else if (token == "trăm")
            {
                group += pending * 100;
                pending = 0;
            }
            else if (Scales.TryGetValue(token, out var scale))
            {
                total += (group + pending) * scale;
                group = 0;
                pending = 0;
            }
            else if (!Fillers.Contains(token))
            {
                return false;
            }
        }

        value = total + group + pending;
        return sawNumber;
    }
}
