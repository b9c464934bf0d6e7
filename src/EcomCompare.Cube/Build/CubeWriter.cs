using System.Globalization;
using EcomCompare.DuckDb;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Cube.Build;

/// <summary>Loads <see cref="CubeRows"/> into the star schema through DuckDB appenders.</summary>
internal static class CubeWriter
{
    public static void Write(DuckDbConnection connection, CubeRows rows, CubeIdentity identity)
    {
        using (var appender = connection.CreateAppender("build_info"))
        {
            appender.CreateRow()
                .Append(identity.BuildId)
                .Append(identity.BuiltAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))
                .Append(identity.SourcesFingerprint)
                .Append(Schema.CubeSchema.Version)
                .Append((long)rows.Facts.Count)
                .Append((long)rows.Discrepancies.Count)
                .EndRow();
        }

        using (var appender = connection.CreateAppender("dim_province"))
        {
            var order = 0;
            foreach (var plan in rows.Provinces)
            {
                var p = plan.Plan;
                appender.CreateRow()
                    .Append(p.Code).Append(p.Name).Append(p.Region).Append(p.Decision)
                    .Append(p.DecisionDate)
                    .Append(p.PlanPeriod).Append(p.FirstYear).Append(p.LastYear).Append(p.MergedInto)
                    .Append(p.File).Append(plan.Sha256).Append(p.Shape)
                    .Append(plan.StatedTotal)
                    .Append(++order)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_year"))
        {
            foreach (var year in rows.Years)
            {
                var period = rows.Provinces.First(p => p.Plan.FirstYear <= year && year <= p.Plan.LastYear).Plan.PlanPeriod;
                appender.CreateRow().Append(year).Append(period).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_source"))
        {
            var order = 0;
            foreach (var source in FundingSources.WithOther.Where(s => s != FundingSource.Other || rows.Facts.Any(f => f.Fact.Source == s)))
            {
                appender.CreateRow().Append(source.Code()).Append(source.Name()).Append(source.NameVi()).Append(++order).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_category"))
        {
            foreach (var category in rows.Categories)
            {
                appender.CreateRow().Append(category.Code).Append(category.Name).Append(category.NameVi).Append(category.Order).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_item"))
        {
            foreach (var row in rows.Items)
            {
                var item = row.Item;
                appender.CreateRow()
                    .Append(row.Key).Append(row.Province).Append(item.Code).Append(item.Name)
                    .Append(item.GroupCode).Append(string.IsNullOrEmpty(item.GroupName) ? item.GroupCode : $"{item.GroupCode}. {item.GroupName}")
                    .Append(row.Category).Append(item.Agency).Append(item.IsUnitemized).Append(item.Source.Line).Append(row.SortOrder)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("fact_budget"))
        {
            foreach (var row in rows.Facts)
            {
                appender.CreateRow()
                    .Append(row.Id).Append(row.Item.Key).Append(row.Item.Province).Append(row.Fact.Year)
                    .Append(row.Fact.Source.Code()).Append(row.Item.Category).Append(row.Fact.Amount).Append(row.Fact.Origin.Line)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("stated_figure"))
        {
            foreach (var row in rows.Statements)
            {
                var s = row.Statement;
                appender.CreateRow()
                    .Append(row.Id).Append(row.Province).Append(s.Origin.Document).Append(s.Origin.Line)
                    .Append(s.Kind.Code()).Append(s.Scope.ToString()).Append(s.Scope.GroupCode).Append(s.Scope.ItemCode)
                    .Append(s.Year).Append(s.Source?.Code()).Append(Round(s.Value)).Append(s.Label)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("discrepancy"))
        {
            foreach (var row in rows.Discrepancies)
            {
                var d = row.Discrepancy;
                appender.CreateRow()
                    .Append(row.Id).Append(row.Province).Append(d.Origin.Document).Append(d.Origin.Line)
                    .Append(d.Kind).Append(d.Scope).Append(Round(d.Stated)).Append(Round(d.Computed)).Append(Round(d.Difference)).Append(d.Message)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("dim_indicator"))
        {
            foreach (var indicator in rows.Indicators)
            {
                appender.CreateRow()
                    .Append(indicator.Code).Append(indicator.Name).Append(indicator.NameVi).Append(indicator.Unit)
                    .Append(indicator.Group).Append(indicator.GroupVi).Append(indicator.Category.Length == 0 ? null : indicator.Category).Append(indicator.Order)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("fact_target"))
        {
            foreach (var row in rows.Targets)
            {
                var t = row.Target;
                appender.CreateRow()
                    .Append(row.Id).Append(row.Province).Append(t.IndicatorCode).Append(t.Value).Append(t.ValueMax).Append(t.Unit)
                    .Append(t.Comparator).Append(t.Year).Append(t.Text).Append(t.Section).Append(t.Origin.Document).Append(t.Origin.Line)
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("document_line"))
        {
            foreach (var plan in rows.Provinces)
            {
                for (var n = 0; n < plan.Lines.Count; n++)
                {
                    appender.CreateRow().Append(plan.Plan.File).Append(n + 1).Append(plan.Lines[n]).EndRow();
                }
            }
        }
    }

    // DECIMAL(18,3): a declared share can imply a fraction of a million with more decimals.
    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero) : null;
}
