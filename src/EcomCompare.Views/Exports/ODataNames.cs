namespace EcomCompare.Views.Exports;

/// <summary>
/// The OData names the export addresses are written with — the service's contract, which users' saved Excel
/// queries depend on. The OData model declares its entity sets and properties with these same constants, and a
/// test holds every one of them to the model (<c>$metadata</c>), so an address cannot name what the service lacks.
/// </summary>
public static class ODataNames
{
    /// <summary>Entity sets.</summary>
    public const string BudgetLines = "BudgetLines", Provinces = "Provinces", FundingSplits = "FundingSplits",
        FundingSplitsByYear = "FundingSplitsByYear", Targets = "Targets", Discrepancies = "Discrepancies";

    /// <summary>Properties the addresses filter, group and aggregate by.</summary>
    public const string ProvinceCode = "ProvinceCode", Year = "Year", SourceCode = "SourceCode", CategoryCode = "CategoryCode",
        NativeGroup = "NativeGroup", ItemCode = "ItemCode", ItemName = "ItemName", Amount = "Amount", IndicatorCode = "IndicatorCode",
        Code = "Code", SubSourceCode = "SubSourceCode", NativeGroupCode = "NativeGroupCode";

    /// <summary>
    /// The names beside the codes (English and Vietnamese where they differ; provinces' and items' names are the
    /// plans' own), which the export addresses group by with their codes so that a row reads without a legend.
    /// </summary>
    public const string Province = "Province", Source = "Source", SourceVi = "SourceVi", Category = "Category", CategoryVi = "CategoryVi",
        SubSource = "SubSource", SubSourceVi = "SubSourceVi";

    /// <summary>The aliases the export addresses give their aggregates: the money, its share and the share's whole.</summary>
    public const string ShareAlias = "Share", TotalAlias = "Total";

    /// <summary>The namespace of the service's own aggregation methods (<c>EcomCompare.shareOfRow</c>).</summary>
    public const string Namespace = "EcomCompare";

    /// <summary>The share methods: <c>shareOfRow</c>, <c>shareOfColumn</c>, <c>shareOfTotal</c>.</summary>
    public const string ShareOfRow = "shareOfRow", ShareOfColumn = "shareOfColumn", ShareOfTotal = "shareOfTotal";

    /// <summary>The wholes the shares divide by: <c>totalOfRow</c>, <c>totalOfColumn</c>, <c>totalOfAll</c>.</summary>
    public const string TotalOfRow = "totalOfRow", TotalOfColumn = "totalOfColumn", TotalOfAll = "totalOfAll";

    /// <summary>Every entity set an export address names.</summary>
    public static IReadOnlyList<string> EntitySets { get; } = [BudgetLines, Provinces, FundingSplits, FundingSplitsByYear, Targets, Discrepancies];

    /// <summary>Every property an export address names, by entity set.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Properties { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [BudgetLines] =
        [
            ProvinceCode, Year, SourceCode, CategoryCode, NativeGroup, ItemCode, ItemName, Amount, SubSourceCode, NativeGroupCode, Province, Source,
            SourceVi, Category, CategoryVi, SubSource, SubSourceVi,
        ],
        [Targets] = [ProvinceCode, CategoryCode, IndicatorCode],
        [Discrepancies] = [ProvinceCode],
        [Provinces] = [Code],
    };
}
