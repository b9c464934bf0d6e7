using System.Globalization;
using DuckDB.NET.Data;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Cube.Build;

/// <summary>Loads <see cref="CubeRows"/> into the star schema through DuckDB appenders.</summary>
internal static class CubeWriter
{
    public static void Write(DuckDBConnection connection, CubeRows rows, CubeIdentity identity)
    {
        // The one-row build_info by a parameterised INSERT, not the appender: twice in full test runs (reads and
        // builds at once in one process) the appended schema_version came back as 1794 instead of 2, a value the
        // cube then refused to serve. The appender stays for the bulk tables, whose figures CubeChecks verifies.
        connection.Execute(
            "INSERT INTO build_info VALUES ($1, $2, $3, $4, $5, $6)",
            identity.BuildId, identity.BuiltAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), identity.SourcesFingerprint,
            Schema.CubeSchema.Version, (long)rows.Facts.Count, (long)rows.Discrepancies.Count);

        using (var appender = connection.CreateAppender("dim_province"))
        {
            var order = 0;
            foreach (var plan in rows.Provinces)
            {
                var p = plan.Plan;
                appender.CreateRow()
                    .AppendValue(p.Code).AppendValue(p.Name).AppendValue(p.Region).AppendValue(p.Decision)
                    .AppendValue(p.DecisionDate)
                    .AppendValue(p.PlanPeriod).AppendValue(p.FirstYear).AppendValue(p.LastYear).AppendValue(p.MergedInto)
                    .AppendValue(p.File).AppendValue(plan.Sha256).AppendValue(p.Shape)
                    .AppendValue(plan.StatedTotal)
                    .AppendValue(++order)
                    .AppendValue(p.IsDraft).AppendValue(p.AdoptedAs).AppendValue(p.AdoptedOn)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_year"))
        {
            foreach (var year in rows.Years)
            {
                var period = rows.Provinces.First(p => p.Plan.FirstYear <= year && year <= p.Plan.LastYear).Plan.PlanPeriod;
                appender.CreateRow().AppendValue(year).AppendValue(period).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_source"))
        {
            var order = 0;
            foreach (var source in FundingSources.WithOther.Where(s => s != FundingSource.Other || rows.Facts.Any(f => f.Fact.Source == s)))
            {
                appender.CreateRow().AppendValue(source.Code()).AppendValue(source.Name()).AppendValue(source.NameVi()).AppendValue(++order).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_sub_source"))
        {
            // Each source present, as a whole, then the parts the plans name (in the sub-sources file's order).
            var order = 0;
            foreach (var source in FundingSources.WithOther.Where(s => s != FundingSource.Other || rows.Facts.Any(f => f.Fact.Source == s)))
            {
                appender.CreateRow().AppendValue(source.Code()).AppendValue(source.Code()).AppendValue(source.Name()).AppendValue(source.NameVi())
                    .AppendValue(++order * 100).AppendValue(false).EndRow();
                var index = 0;
                foreach (var part in rows.SubSources.Where(p => p.Source == source))
                {
                    index++;
                    if (rows.Facts.Any(f => f.Fact.SubSource == part.Code))
                    {
                        appender.CreateRow().AppendValue(part.Code).AppendValue(source.Code()).AppendValue(part.Name).AppendValue(part.NameVi)
                            .AppendValue((order * 100) + index).AppendValue(true).EndRow();
                    }
                }
            }
        }

        using (var appender = connection.CreateAppender("dim_category"))
        {
            foreach (var category in rows.Categories)
            {
                appender.CreateRow().AppendValue(category.Code).AppendValue(category.Name).AppendValue(category.NameVi).AppendValue(category.Order)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_item"))
        {
            foreach (var row in rows.Items)
            {
                var item = row.Item;
                appender.CreateRow()
                    .AppendValue(row.Key).AppendValue(row.Province).AppendValue(item.Code).AppendValue(item.Name)
                    .AppendValue(item.GroupCode).AppendValue(GroupName(item))
                    .AppendValue(row.Category).AppendValue(item.Agency).AppendValue(item.IsUnitemized).AppendValue(item.Source.Line)
                        .AppendValue(row.SortOrder)
                    .AppendValue(Attribute(item, "partner")).AppendValue(Attribute(item, "timing")).AppendValue(Attribute(item, "output"))
                    .AppendValue(Notes(item)).AppendValue(item.IsUntasked)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("fact_budget"))
        {
            foreach (var row in rows.Facts)
            {
                appender.CreateRow()
                    .AppendValue(row.Id).AppendValue(row.Item.Key).AppendValue(row.Item.Province).AppendValue(row.Fact.Year)
                    .AppendValue(row.Fact.Source.Code()).AppendValue(row.Item.Category).AppendValue(row.Fact.Amount).AppendValue(row.Fact.Origin.Line)
                    .AppendValue(row.Fact.SubSource)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("stated_figure"))
        {
            foreach (var row in rows.Statements)
            {
                var s = row.Statement;
                appender.CreateRow()
                    .AppendValue(row.Id).AppendValue(row.Province).AppendValue(s.Origin.Document).AppendValue(s.Origin.Line)
                    .AppendValue(s.Kind.Code()).AppendValue(s.Scope.ToString()).AppendValue(s.Scope.GroupCode).AppendValue(s.Scope.ItemCode)
                    .AppendValue(s.Year).AppendValue(s.Source?.Code()).AppendValue(Round(s.Value)).AppendValue(s.Label).AppendValue(s.SubSource)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("discrepancy"))
        {
            foreach (var row in rows.Discrepancies)
            {
                var d = row.Discrepancy;
                appender.CreateRow()
                    .AppendValue(row.Id).AppendValue(row.Province).AppendValue(d.Origin.Document).AppendValue(d.Origin.Line)
                    .AppendValue(d.Kind).AppendValue(d.Scope).AppendValue(Round(d.Stated)).AppendValue(Round(d.Computed))
                        .AppendValue(Round(d.Difference)).AppendValue(d.Message)
                    .AppendValue(System.Text.Json.JsonSerializer.Serialize(new SortedDictionary<string, string>(d.Figures.ToDictionary(),
                        StringComparer.Ordinal)))
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("build_warning"))
        {
            foreach (var row in rows.Warnings)
            {
                var w = row.Warning;
                appender.CreateRow()
                    .AppendValue(row.Id).AppendValue(w.Province).AppendValue(w.Origin.Document).AppendValue(w.Origin.Line)
                    .AppendValue(w.Kind).AppendValue(Round(w.Amount)).AppendValue(w.Message)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_indicator"))
        {
            foreach (var indicator in rows.Indicators)
            {
                appender.CreateRow()
                    .AppendValue(indicator.Code).AppendValue(indicator.Name).AppendValue(indicator.NameVi).AppendValue(indicator.Unit)
                    .AppendValue(indicator.Group).AppendValue(indicator.GroupVi).AppendValue(indicator.Category.Length == 0 ? null
                        : indicator.Category).AppendValue(indicator.Order)
                    .AppendValue(indicator.National).AppendValue(indicator.National is null ? null : indicator.NationalIsCeiling ? "≤" : "≥")
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("fact_target"))
        {
            foreach (var row in rows.Targets)
            {
                var t = row.Target;
                appender.CreateRow()
                    .AppendValue(row.Id).AppendValue(row.Province).AppendValue(t.IndicatorCode).AppendValue(t.Value).AppendValue(t.ValueMax)
                        .AppendValue(t.Unit)
                    .AppendValue(t.Comparator).AppendValue(t.Year).AppendValue(t.Text).AppendValue(t.Section).AppendValue(t.Origin.Document)
                        .AppendValue(t.Origin.Line)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("document_line"))
        {
            foreach (var plan in rows.Provinces)
            {
                for (var n = 0; n < plan.Lines.Count; n++)
                {
                    appender.CreateRow().AppendValue(plan.Plan.File).AppendValue(n + 1).AppendValue(plan.Lines[n]).EndRow();
                }
            }
        }
    }

    // DECIMAL(18,3): a declared share can imply a fraction of a million with more decimals.
    // "IV. Nâng cao …"; a table with no group rows has one nameless group, shown as such.
    private static string GroupName(BudgetItem item) =>
        item.GroupCode.Length == 0 && item.GroupName.Length == 0 ? "(không chia nhóm)"
        : string.IsNullOrEmpty(item.GroupName) ? item.GroupCode
        : item.GroupCode.Length == 0 ? item.GroupName
        : $"{item.GroupCode}. {item.GroupName}";

    private static string? Attribute(BudgetItem item, string name) => item.Attributes.TryGetValue(name, out var value) ? value : null;

    // Notes, and any text column whose title the reader did not know, under its own title.
    private static string? Notes(BudgetItem item)
    {
        var notes = new[] { Attribute(item, "notes"), Attribute(item, "other") }.Where(n => n is not null).ToList();
        return notes.Count == 0 ? null : string.Join(" · ", notes);
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero) : null;
}
