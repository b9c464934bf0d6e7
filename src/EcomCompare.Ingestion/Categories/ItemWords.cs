using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Categories;

/// <summary>
/// The words of an item's name as the category suggestions count them: syllables (Vietnamese writes a word as one to
/// three syllables, "đào tạo", "thương mại điện tử") and pairs of adjacent syllables, lower case, with the
/// abbreviations plans use written out ("DN" → "doanh nghiệp", "TMĐT" → "thương mại điện tử") and the syllables that
/// say nothing about a task left out ("của", "các", "tỉnh", "năm").
/// </summary>
public static partial class ItemWords
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["dn"] = "doanh nghiệp",
        ["dnnvv"] = "doanh nghiệp nhỏ và vừa",
        ["tmđt"] = "thương mại điện tử",
        ["tmdt"] = "thương mại điện tử",
        ["cntt"] = "công nghệ thông tin",
        ["qlnn"] = "quản lý nhà nước",
        ["xttm"] = "xúc tiến thương mại",
        ["cđs"] = "chuyển đổi số",
        ["htx"] = "hợp tác xã",
        ["nlql"] = "năng lực quản lý",
        ["sp"] = "sản phẩm",
        ["ttdt"] = "thông tin điện tử",
        ["website"] = "trang web",
        ["web"] = "trang web",
    };

    // Syllables every plan's items repeat whatever their task, and function words.
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "và", "các", "của", "cho", "trên", "tại", "về", "trong", "với", "những", "để", "theo", "từ", "năm", "đến", "là", "có",
        "được", "một", "này", "đó", "như", "tỉnh", "thành", "phố", "địa", "bàn", "giai", "đoạn",
        "thương", "mại", "điện", "tử",
        "hoạt", "động", "thực", "hiện", "triển", "khai", "tổ", "chức", "sở", "ban", "ngành", "huyện", "thị", "xã", "hàng",
        "công", "dự", "án", "bộ", "xây", "dựng",
    };

    /// <summary>The syllables and syllable pairs of <paramref name="text"/>, each once per occurrence.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var syllables = new List<string>();
        foreach (Match m in Syllable().Matches(CellText.Key(text)))
        {
            var s = m.Value;
            if (Abbreviations.TryGetValue(s, out var full))
            {
                syllables.AddRange(full.Split(' '));
            }
            else if (s.Any(char.IsLetter))
            {
                syllables.Add(s);
            }
        }

        var words = new List<string>();
        for (var i = 0; i < syllables.Count; i++)
        {
            if (!Stop.Contains(syllables[i]))
            {
                words.Add(syllables[i]);
            }

            if (i + 1 < syllables.Count && !(Stop.Contains(syllables[i]) && Stop.Contains(syllables[i + 1])))
            {
                words.Add(syllables[i] + " " + syllables[i + 1]);
            }
        }

        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
