using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Tokens;

namespace EcomCompare.Dashboard.Text;

/// <summary>
/// Every label of the dashboard in Vietnamese (the default) and English. Properties are <c>required</c>, so a
/// label added to one language and forgotten in the other does not compile. Member names (provinces, sources,
/// categories) come from the cube in either language; these are the words around them.
/// </summary>
public sealed partial class UiText
{
    /// <summary>The language of these labels.</summary>
    public required Language Language { get; init; }

    /// <summary>Its token in addresses and in <c>lang</c> attributes: <c>vi</c> or <c>en</c>.</summary>
    public string Code => Language.Token();

    /// <summary>Number formatting for this language.</summary>
    public required DisplayFormat Format { get; init; }

    /// <summary>Picks the language from a URL's <c>lang</c> value: <c>en</c> gives English, anything else Vietnamese.</summary>
    public static UiText For(string? lang) => For(ViewTokens.LanguageOf(lang));

    /// <summary>The labels in <paramref name="language"/>.</summary>
    public static UiText For(Language language) => language == Language.En ? En : Vi;

    /// <summary>True for English.</summary>
    public bool IsEnglish => Language == Language.En;

    /// <summary>The labels in the other language (the language switch's target).</summary>
    public UiText Other => IsEnglish ? Vi : En;

    /// <summary>Fills a template's <c>{0}</c>, <c>{1}</c>… (template text is ours, values are display strings).</summary>
    public static string Fill(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    public required string AppTitle { get; init; }
    public required string AppSubtitle { get; init; }
    public required string NavFunding { get; init; }
    public required string NavTrends { get; init; }
    public required string NavCategories { get; init; }
    public required string NavExplorer { get; init; }
    public required string NavQuality { get; init; }
    public required string NavDocuments { get; init; }
    public required string SkipToContent { get; init; }
    public required string SwitchLanguage { get; init; }
    public required string SwitchLanguageLabel { get; init; }
    public required string Unit { get; init; }
    public required string UnitNote { get; init; }

    // Filters
    public required string FiltersHeading { get; init; }
    public required string FilterProvinces { get; init; }
    public required string FilterYears { get; init; }
    public required string FilterYearFrom { get; init; }
    public required string FilterYearTo { get; init; }
    public required string FilterSources { get; init; }
    public required string FilterCategories { get; init; }
    public required string FilterAll { get; init; }
    public required string FilterClear { get; init; }
    public required string FilterNotApplicable { get; init; }

    // States
    public required string Loading { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorRetry { get; init; }
    public required string ErrorCubeHint { get; init; }
    public required string ErrorBadAddress { get; init; }
    public required string ErrorBadAddressHint { get; init; }
    /// <summary>A value of the address the cube does not have: {0} the filter, {1} the value, {2} what the cube has.</summary>
    public required string ErrorUnknownValue { get; init; }
    public required string ErrorUnexpected { get; init; }
    public required string NoData { get; init; }
    public required string CubeUpdated { get; init; }
    public required string FooterCube { get; init; }
    public required string FooterWork { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }

    // Export panel
    public required string ExportHeading { get; init; }
    public required string OpenInExcel { get; init; }
    public required string ExcelStep1 { get; init; }
    public required string ExcelStep2 { get; init; }
    public required string ExcelStep3 { get; init; }
    public required string Copy { get; init; }
    public required string Copied { get; init; }
    public required string CopyFailed { get; init; }
    public required string DownloadXlsx { get; init; }
    public required string Embed { get; init; }
    public required string EmbedHint { get; init; }
    public required string ShareLink { get; init; }

    // Common table words
    public required string Province { get; init; }
    public required string Year { get; init; }
    public required string Amount { get; init; }
    public required string Share { get; init; }
    public required string Total { get; init; }
    public required string AllProvinces { get; init; }
}
