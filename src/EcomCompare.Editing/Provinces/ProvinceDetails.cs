using System.Globalization;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Editing.Provinces;

/// <summary>The province's details as the form edits them; <see cref="ToPlan"/> and <see cref="ManifestLine"/> once valid.</summary>
public sealed class ProvinceDetails
{
    /// <summary>The province's name with diacritics (<c>Núi Đỏ</c>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its code (suggested from the name).</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Its socio-economic region (one of <see cref="ProvinceLists.Regions"/>).</summary>
    public string Region { get; set; } = string.Empty;

    /// <summary>The decision's number (<c>1279/QĐ-UBND</c>), or a draft's description.</summary>
    public string Decision { get; set; } = string.Empty;

    /// <summary>The decision's date; may be empty for a draft.</summary>
    public DateOnly? DecisionDate { get; set; }

    /// <summary>True when the document is a draft (its total is not official).</summary>
    public bool IsDraft { get; set; }

    /// <summary>For a draft: the decision that adopted it, when known.</summary>
    public string AdoptedAs { get; set; } = string.Empty;

    /// <summary>For a draft: the adopting decision's date.</summary>
    public DateOnly? AdoptedOn { get; set; }

    /// <summary>The plan period, <c>2021-2025</c>.</summary>
    public string PlanPeriod { get; set; } = "2021-2025";

    /// <summary>The province it belongs to since 1 July 2025 (one of <see cref="ProvinceLists.Provinces2025"/>).</summary>
    public string MergedInto { get; set; } = string.Empty;

    /// <summary>What the budget table's group rows are.</summary>
    public GroupKind Groups { get; set; } = GroupKind.Tasks;

    /// <summary>The analyst chose to replace the province of this code.</summary>
    public bool Replace { get; set; }

    /// <summary>The details of a province as the manifest lists it (for a replacement).</summary>
    public static ProvinceDetails From(ProvincePlan plan) => new()
    {
        Name = plan.Name,
        Code = plan.Code,
        Region = plan.Region,
        Decision = plan.Decision,
        DecisionDate = plan.DecisionDate,
        IsDraft = plan.IsDraft,
        AdoptedAs = plan.AdoptedAs ?? string.Empty,
        AdoptedOn = plan.AdoptedOn,
        PlanPeriod = plan.PlanPeriod,
        MergedInto = plan.MergedInto,
        Groups = plan.GroupKind,
        Replace = true,
    };

    /// <summary>The plan as the build reads it, its document stored as <paramref name="file"/>; the shape detected.</summary>
    public ProvincePlan ToPlan(string file) =>
        new(Code, Clean(Name), Clean(Region), Clean(Decision), DecisionDate, PlanPeriod, Clean(MergedInto), string.Empty, Groups, file)
        {
            IsDraft = IsDraft,
            AdoptedAs = IsDraft && AdoptedAs.Trim().Length > 0 ? Clean(AdoptedAs) : null,
            AdoptedOn = IsDraft ? AdoptedOn : null,
        };

    /// <summary>The manifest line (tab-separated; no field can hold a tab or a line break).</summary>
    public string ManifestLine(string file)
    {
        var adopted = IsDraft && AdoptedAs.Trim().Length > 0 && AdoptedOn is { } on ? $"{Clean(AdoptedAs)} {Date(on)}" : string.Empty;
        return string.Join('\t', Code, Clean(Name), Clean(Region), Clean(Decision), DecisionDate is { } d ? Date(d) : string.Empty, PlanPeriod,
            Clean(MergedInto), string.Empty, Groups == GroupKind.Agencies ? "agencies" : "tasks", file, IsDraft ? "draft" : "adopted", adopted);
    }

    /// <summary>Text as one field of a tab-separated line: tabs and line breaks become spaces, runs of spaces one.</summary>
    public static string Clean(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
