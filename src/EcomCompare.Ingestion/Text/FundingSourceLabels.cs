using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Text;

/// <summary>Recognises the many ways the documents name a funding source.</summary>
public static class FundingSourceLabels
{
    /// <summary>
    /// Classifies a label: "TW", "Trung Ương", "Hỗ trợ từ trung ương", "Chương trình phát triển TMĐT quốc gia" → central;
    /// "ĐP", "Địa phương", "ngân sách tỉnh" → local; "DN", "Doanh nghiệp đối ứng" → enterprise. Null when unknown.
    /// </summary>
    public static FundingSource? TryClassify(string label)
    {
        var key = CellText.Key(label).Trim(' ', '-', ':', '.');
        switch (key)
        {
            case "tw":
            case "ntw":
                return FundingSource.Central;
            case "đp":
            case "dp":
                return FundingSource.Local;
            case "dn":
                return FundingSource.Enterprise;
        }

        // Central first: the national programme's name contains no local or enterprise word.
        if (key.Contains("trung ương", StringComparison.Ordinal) || key.Contains("quốc gia", StringComparison.Ordinal))
        {
            return FundingSource.Central;
        }

        if (key.Contains("địa phương", StringComparison.Ordinal) || key.Contains("ngân sách tỉnh", StringComparison.Ordinal)
            || key.Contains("ngân sách thành phố", StringComparison.Ordinal) || key.Contains("ngân sách của thành phố", StringComparison.Ordinal))
        {
            return FundingSource.Local;
        }

        if (key.Contains("doanh nghiệp", StringComparison.Ordinal))
        {
            return FundingSource.Enterprise;
        }

        return null;
    }
}
