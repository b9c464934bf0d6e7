using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>Reads one shape of budget appendix into items, facts and stated figures.</summary>
internal interface IBudgetTableParser
{
    /// <summary>The shape name used in the manifest.</summary>
    string Shape { get; }

    /// <summary>Reads every data row of the appendix.</summary>
    void Parse(BudgetAppendix appendix, ProvincePlan plan, BudgetBuilder builder);
}
