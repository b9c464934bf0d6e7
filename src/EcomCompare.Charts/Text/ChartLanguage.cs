namespace EcomCompare.Charts.Text;

/// <summary>The language of a chart's words and numbers.</summary>
internal enum ChartLanguage
{
    /// <summary>Vietnamese (default): "1.234,5", "triệu đồng".</summary>
    Vi,

    /// <summary>English: "1,234.5", "million VND".</summary>
    En,
}
