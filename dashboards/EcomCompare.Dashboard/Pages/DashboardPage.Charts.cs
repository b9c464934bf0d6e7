using System.Globalization;
using EcomCompare.Dashboard.Charts;
using EcomCompare.Dashboard.Data;
using EcomCompare.Dashboard.Text;

namespace EcomCompare.Dashboard.Pages;

/// <summary>Chart marks that filter the view they are in (issue 25, 6).</summary>
public abstract partial class DashboardPage<TModel>
{
    /// <summary>
    /// The link of a mark standing for a province, a source and/or a year: this page (its own keys kept) filtered to
    /// exactly those members. A mark the view is already filtered to exactly gives the way back: those filters
    /// cleared. Filters the mark does not stand for stay as they are.
    /// </summary>
    internal ChartLink FilterLink(string? province = null, string? source = null, int? year = null)
    {
        static bool Only(IReadOnlyList<string> kept, string member) => kept.Count == 1 && kept[0] == member;

        var active = (province is null || Only(Slice.Provinces, province))
            && (source is null || Only(Slice.Sources, source))
            && (year is null || (Slice.FromYear == year && Slice.ToYear == year));
        var target = Slice;
        if (province is not null)
        {
            target = target with { Provinces = active ? [] : [province] };
        }

        if (source is not null)
        {
            target = target with { Sources = active ? [] : [source] };
        }

        if (year is not null)
        {
            target = target with { FromYear = active ? null : year, ToYear = active ? null : year };
        }

        var members = string.Join(" · ", MemberNames(province, source, year));
        return new ChartLink(AddressWith(target), UiText.Fill(active ? T.ChartClickToClear : T.ChartClickToFilter, members), active);
    }

    /// <summary>The names of a mark's members, for its tooltip title and link hint.</summary>
    internal IEnumerable<string> MemberNames(string? province = null, string? source = null, int? year = null)
    {
        if (province is not null)
        {
            yield return Catalog?.ProvinceName(province) ?? province;
        }

        if (source is not null)
        {
            yield return Catalog?.SourceShortName(source, T) ?? source;
        }

        if (year is not null)
        {
            yield return year.Value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
