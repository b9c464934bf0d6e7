using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Editing.Provinces;

/// <summary>
/// Checks the province form: every field required is there, the region and the 2025 province are from their lists,
/// the code is a code, and a code or name already in the data is refused unless the analyst chose "replace" (and
/// then the code must be the one replaced, and the name no other province's).
/// </summary>
public static partial class DetailsValidation
{
    /// <summary>Every problem, in the form's order; empty when the details can be published.</summary>
    public static IReadOnlyList<DetailsError> Check(ProvinceDetails d, IReadOnlyList<ProvincePlan> existing, ProvinceLists lists)
    {
        var errors = new List<DetailsError>();
        void Need(string field, string value, int max)
        {
            if (value.Trim().Length == 0)
            {
                errors.Add(new(field, DetailsProblem.Required));
            }
            else if (value.Length > max)
            {
                errors.Add(new(field, DetailsProblem.TooLong));
            }
        }

        Need(nameof(d.Name), d.Name, 80);
        Need(nameof(d.Code), d.Code, 40);
        if (d.Code.Trim().Length > 0 && !ProvinceCodes.IsValid(d.Code))
        {
            errors.Add(new(nameof(d.Code), DetailsProblem.BadCode));
        }

        var sameCode = existing.FirstOrDefault(p => p.Code == d.Code);
        var sameName = existing.FirstOrDefault(p => d.Name.Trim().Length > 0 && ProvinceCodes.SameName(p.Name, d.Name));
        if (d.Replace)
        {
            if (d.Code.Length > 0 && sameCode is null)
            {
                errors.Add(new(nameof(d.Code), DetailsProblem.NothingToReplace));
            }

            if (sameName is not null && sameName.Code != d.Code)
            {
                errors.Add(new(nameof(d.Name), DetailsProblem.NameExists));
            }
        }
        else
        {
            if (sameCode is not null)
            {
                errors.Add(new(nameof(d.Code), DetailsProblem.CodeExists));
            }

            if (sameName is not null)
            {
                errors.Add(new(nameof(d.Name), DetailsProblem.NameExists));
            }
        }

        Need(nameof(d.Region), d.Region, 80);
        if (d.Region.Length > 0 && lists.Regions.Count > 0 && !lists.Regions.Contains(d.Region))
        {
            errors.Add(new(nameof(d.Region), DetailsProblem.NotInList));
        }

        Need(nameof(d.Decision), d.Decision, 80);
        if (!d.IsDraft && d.DecisionDate is null)
        {
            errors.Add(new(nameof(d.DecisionDate), DetailsProblem.DateRequired));
        }

        if (d.IsDraft && (d.AdoptedAs.Trim().Length > 0) != d.AdoptedOn.HasValue)
        {
            errors.Add(new(nameof(d.AdoptedAs), DetailsProblem.AdoptedIncomplete));
        }

        var period = Period().Match(d.PlanPeriod);
        if (!period.Success || string.CompareOrdinal(period.Groups[1].Value, period.Groups[2].Value) > 0)
        {
            errors.Add(new(nameof(d.PlanPeriod), DetailsProblem.BadPeriod));
        }

        Need(nameof(d.MergedInto), d.MergedInto, 80);
        if (d.MergedInto.Length > 0 && lists.Provinces2025.Count > 0 && !lists.Provinces2025.Contains(d.MergedInto))
        {
            errors.Add(new(nameof(d.MergedInto), DetailsProblem.NotInList));
        }

        return errors;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Period();
}
