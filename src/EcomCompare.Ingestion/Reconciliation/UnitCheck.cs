using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Tables;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Reconciliation;

/// <summary>
/// The one error the cube must never load in silence: a unit misread, which makes every amount 1,000 (or a million)
/// times too big or too small. Fails the build when the budget table's total and a total the document states
/// differ by a factor of about 10³ or 10⁶, and when a table that states no unit holds amounts no provincial plan
/// has in triệu đồng. The message names the table, the unit it was read in and the fix.
/// </summary>
internal static class UnitCheck
{
    // A province's e-commerce plan for five years: from a few hundred million to a few hundred billion đồng.
    private const decimal PlausibleMin = 50m;
    private const decimal PlausibleMax = 1_000_000m;

    public static void Check(PlanTable table, PlanText text, IReadOnlyList<BudgetFact> facts, IReadOnlyList<StatedFigure> statements)
    {
        var computed = facts.Sum(f => f.Amount);
        var unit = table.StatedUnit is { } stated ? $"in {stated}, as {Said(table)}" : "in triệu đồng, assumed because the document states no unit for it";
        foreach (var statement in statements.Where(s => s.Kind is StatementKind.TextTotal or StatementKind.TextTotalInWords && s.Value > 0))
        {
            if (Factor(computed, statement.Value) is { } factor)
            {
                var bigger = computed > statement.Value;
                throw text.Error(table.FirstLine,
                    $"a unit is wrong: the budget table (lines {table.FirstLine}–{table.LastLine}), read {unit}, adds up to {Money(computed)} triệu đồng, " +
                    $"{(bigger ? factor : 1m / factor):#,##0.###}× the total the text states on line {statement.Origin.Line} ({Money(statement.Value)} triệu đồng). " +
                    $"Fix the unit: if the table is in {Suggest(table, bigger ? 1m / factor : factor)}, say so above it ('Đơn vị tính: {Suggest(table, bigger ? 1m / factor : factor)}'); " +
                    "if the text's total is the one that is wrong, correct its unit");
            }
        }

        if (table.StatedUnit is null && (computed > PlausibleMax || (computed > 0 && computed < PlausibleMin)))
        {
            var looksLike = computed > PlausibleMax ? (computed > PlausibleMax * 1000 ? MoneyUnit.Dong : MoneyUnit.Thousand) : MoneyUnit.Billion;
            throw text.Error(table.FirstLine,
                $"the budget table (lines {table.FirstLine}–{table.LastLine}) states no unit, and read in triệu đồng its amounts add up to {Money(computed)} triệu đồng — " +
                $"not a plausible provincial plan (between {Money(PlausibleMin)} and {Money(PlausibleMax)} triệu đồng): the amounts look like {looksLike}. " +
                $"State the unit above the table ('Đơn vị tính: {looksLike}')");
        }
    }

    /// <summary>
    /// Text laid out with spaces (<c>pdftotext -layout</c>) can put a cell under the wrong header: a table whose rows
    /// do not add up to its own totals — totals rows, total columns, the text's totals — is refused rather than loaded
    /// with money in the wrong year or source. (Group headers are left out: documents do get those wrong.)
    /// </summary>
    public static void CheckLaidOutText(PlanText text, IReadOnlyList<Discrepancy> found)
    {
        if (text.FromLaidOutText && found.FirstOrDefault(d => d.Kind is "totals-row" or "row-total" or "text-total" or "text-source-total") is { } off)
        {
            throw text.Error(off.Origin.Line,
                "the budget table, rebuilt from text laid out with spaces (pdftotext -layout), does not add up to its own totals " +
                $"({off.Kind}, {off.Scope}: {Money(off.Stated ?? 0)} stated, {Money(off.Computed ?? 0)} in its rows): " +
                "cells may stand under the wrong column. Load the PDF itself (its words keep their positions) or the .docx instead");
        }
    }

    /// <summary>
    /// The cube keeps million VND to three decimals (whole thousands of đồng): an amount finer than that is refused
    /// rather than rounded — after the unit check, since a misread unit is the likelier cause.
    /// </summary>
    public static void CheckPrecision(PlanText text, IReadOnlyList<BudgetFact> facts)
    {
        if (facts.FirstOrDefault(f => decimal.Round(f.Amount, 3) != f.Amount) is { } fine)
        {
            throw text.Error(fine.Origin.Line,
                $"the amount {Money(fine.Amount * 1_000_000m)} đồng ({fine.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "whole period"} {fine.Source.Code()}) " +
                "is not a whole number of thousand đồng, which the cube cannot hold exactly: check the table's unit and the cell");
        }
    }

    // 1000 or 1,000,000 when a and b differ by about that factor (either way; 15 % either side, for hedged totals).
    private static decimal? Factor(decimal a, decimal b)
    {
        if (a <= 0 || b <= 0)
        {
            return null;
        }

        var ratio = a > b ? a / b : b / a;
        foreach (var factor in new[] { 1_000m, 1_000_000m })
        {
            if (ratio >= factor * 0.85m && ratio <= factor * 1.15m)
            {
                return factor;
            }
        }

        return null;
    }

    // The unit the table would be in if its amounts are factor × what was read.
    private static string Suggest(PlanTable table, decimal factor)
    {
        var millions = table.Unit.Millions * factor;
        return MoneyUnit.All.FirstOrDefault(u => u.Millions == millions)?.Name ?? $"{millions} triệu đồng";
    }

    private static string Said(PlanTable table) => table.UnitStatement is { } u ? $"line {u.Line} says ('{(u.Text.Length <= 60 ? u.Text : u.Text[..59] + "…")}')" : "its header says";

    private static string Money(decimal amount) => VietnameseNumbers.Format(amount);
}
