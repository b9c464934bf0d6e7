using System.Globalization;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Reconciliation;

/// <summary>Words for messages and scopes.</summary>
internal static class Describe
{
    public static string Scope(StatementScope scope, int? year, FundingSource? source)
    {
        var parts = new List<string> { scope.ToString() };
        if (year is { } y)
        {
            parts.Add(y.ToString(CultureInfo.InvariantCulture));
        }

        if (source is { } s)
        {
            parts.Add(s.Code());
        }

        return string.Join(" · ", parts);
    }

    public static string Money(decimal amount) => VietnameseNumbers.Format(amount);

    public static string Signed(decimal amount) => amount > 0 ? "+" + Money(amount) : amount < 0 ? "−" + Money(-amount) : "0";

    public static string Period(int? year, int first, int last) => year is { } y ? y.ToString(CultureInfo.InvariantCulture) : $"{first}–{last}";

    public static string Source(FundingSource? source) => source is { } s ? s.Code() + " money" : "all sources";

    public static string What(StatementKind kind) => kind switch
    {
        StatementKind.TextTotal => "the total in the text",
        StatementKind.TextTotalInWords => "the total written in words",
        StatementKind.TextSourceTotal => "the text",
        StatementKind.SummaryTable => "the summary table",
        StatementKind.GroupHeader => "the group header",
        StatementKind.ItemRow => "the item row",
        StatementKind.RowTotal => "the row's total column",
        StatementKind.TotalsRow => "the totals row",
        StatementKind.DeclaredShare => "the declared share",
        StatementKind.BreakdownTotal => "the breakdown's total",
        _ => kind.ToString(),
    };
}
