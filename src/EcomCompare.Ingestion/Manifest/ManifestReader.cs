using System.Globalization;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Manifest;

/// <summary>Reads <c>cube/sources/manifest.tsv</c>: one line per provincial plan.</summary>
public static class ManifestReader
{
    /// <summary>The shapes a manifest line may name.</summary>
    public static IReadOnlyList<string> Shapes { get; } = ["items-with-source-rows", "year-source-columns", "whole-period-columns"];

    /// <summary>Loads and validates the manifest.</summary>
    public static IReadOnlyList<ProvincePlan> Load(string path)
    {
        var file = Path.GetFileName(path);
        var plans = new List<ProvincePlan>();
        foreach (var (line, f) in TsvFile.Read(path, "code", "name", "region", "decision", "plan_period", "merged_into", "shape", "groups", "file"))
        {
            if (plans.Any(p => p.Code == f["code"]))
            {
                throw new IngestionException(file, line, $"province '{f["code"]}' appears twice");
            }

            // An empty shape: the build detects it from the budget table's columns and rows.
            if (f["shape"].Length > 0 && !Shapes.Contains(f["shape"]))
            {
                throw new IngestionException(file, line, $"unknown table shape '{f["shape"]}' (known: {string.Join(", ", Shapes)}, or empty to detect it)");
            }

            var groups = f["groups"] switch
            {
                "tasks" => GroupKind.Tasks,
                "agencies" => GroupKind.Agencies,
                var other => throw new IngestionException(file, line, $"groups must be 'tasks' or 'agencies', not '{other}'"),
            };

            DateOnly? date = null;
            var dateText = f.GetValueOrDefault("decision_date", string.Empty);
            if (dateText.Length > 0)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    throw new IngestionException(file, line, $"decision_date '{dateText}' is not yyyy-mm-dd");
                }

                date = d;
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(f["plan_period"], @"^\d{4}-\d{4}$"))
            {
                throw new IngestionException(file, line, $"plan_period '{f["plan_period"]}' is not yyyy-yyyy");
            }

            var status = f.GetValueOrDefault("status", string.Empty);
            var draft = status switch
            {
                "draft" => true,
                "adopted" => false,
                "" => date is null,
                var other => throw new IngestionException(file, line, $"status must be 'draft', 'adopted' or empty, not '{other}'"),
            };

            // "4157/QĐ-UBND 2020-10-07": the adopting decision's number, then its date.
            string? adoptedAs = null;
            DateOnly? adoptedOn = null;
            var adopted = f.GetValueOrDefault("adopted_as", string.Empty);
            if (adopted.Length > 0)
            {
                var parts = adopted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!draft || parts.Length != 2
                    || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
                {
                    throw new IngestionException(file, line, draft
                        ? $"adopted_as '{adopted}' is not 'number yyyy-mm-dd' (e.g. '4157/QĐ-UBND 2020-10-07')"
                        : $"adopted_as is for a draft; '{f["code"]}' is adopted");
                }

                (adoptedAs, adoptedOn) = (parts[0], on);
            }

            plans.Add(new ProvincePlan(f["code"], f["name"], f["region"], f["decision"], date, f["plan_period"], f["merged_into"], f["shape"], groups, f["file"])
            {
                IsDraft = draft,
                AdoptedAs = adoptedAs,
                AdoptedOn = adoptedOn,
            });
        }

        if (plans.Count == 0)
        {
            throw new IngestionException(file, 0, "the manifest lists no plans");
        }

        return plans;
    }
}
