using System.Globalization;
using System.Text;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>Numbers and words as Vietnamese decisions write them: <c>1.234.567,5</c>; "Tám tỷ, bốn trăm sáu mươi triệu đồng".</summary>
internal static class VietnameseText
{
    private static readonly NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <summary>Dot thousands, comma decimals, no trailing zeros: 1234567.50 → <c>1.234.567,5</c>.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.############", Format);

    /// <summary>A whole number of đồng in words, groups separated by commas, capitalised, ending in "đồng".</summary>
    public static string Words(decimal dong)
    {
        if (dong != decimal.Truncate(dong) || dong <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dong), dong, "a positive whole number of đồng");
        }

        var value = (long)dong;
        var scales = new (long Size, string Name)[] { (1_000_000_000, "tỷ"), (1_000_000, "triệu"), (1_000, "nghìn"), (1, string.Empty) };
        var parts = new List<string>();
        var leading = true;
        foreach (var (size, name) in scales)
        {
            var group = (int)(value / size % 1000);
            if (size == 1_000_000_000)
            {
                group = (int)(value / size);
            }

            if (group == 0)
            {
                continue;
            }

            parts.Add((ThreeDigits(group, leading) + " " + name).Trim());
            leading = false;
        }

        var text = string.Join(", ", parts) + " đồng";
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    /// <summary>Letters without diacritics (đ → d), as a document typed without a Vietnamese keyboard has them.</summary>
    public static string WithoutDiacritics(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // 0 < n < 1000; a group after the leading one always says its hundreds ("không trăm").
    private static string ThreeDigits(int n, bool leading)
    {
        int hundreds = n / 100, tens = n / 10 % 10, units = n % 10;
        var words = new List<string>();
        if (hundreds > 0 || !leading)
        {
            words.Add(Digits[hundreds] + " trăm");
        }

        var saidHundreds = words.Count > 0;
        if (tens == 0)
        {
            if (units > 0)
            {
                words.Add(saidHundreds ? "linh " + Digits[units] : Digits[units]);
            }
        }
        else if (tens == 1)
        {
            words.Add("mười" + (units == 5 ? " lăm" : units > 0 ? " " + Digits[units] : string.Empty));
        }
        else
        {
            words.Add(Digits[tens] + " mươi" + units switch { 0 => string.Empty, 1 => " mốt", 4 => " tư", 5 => " lăm", _ => " " + Digits[units] });
        }

        return string.Join(' ', words);
    }
}
