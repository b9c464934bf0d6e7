using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;

namespace EcomCompare.Views.Slices;

/// <summary>
/// Checks a parsed slice against the cube's members and normalises it: codes the cube does not have are errors
/// (naming the codes it has), lists are put in the cube's order, and the years are cut to the years the plans
/// cover — so two URLs that ask for the same thing draw the same bytes.
/// </summary>
public static class SliceResolver
{
    public static bool TryResolve(CubeSlice slice, CubeCatalog catalog, out CubeSlice resolved, out string? error)
    {
        resolved = slice;
        error = null;
        if (!TryMembers("province", slice.Provinces, catalog.Provinces.Select(p => p.Code).ToList(), out var provinces, ref error)
            || !TryMembers("funding source", slice.Sources, catalog.Sources.Select(s => s.Code).ToList(), out var sources, ref error)
            || !TryMembers("category", slice.Categories, catalog.Categories.Select(c => c.Code).ToList(), out var categories, ref error))
        {
            return false;
        }

        var first = catalog.Years.Count == 0 ? 0 : catalog.Years[0];
        var last = catalog.Years.Count == 0 ? 0 : catalog.Years[^1];
        var from = Math.Max(slice.FromYear ?? first, first);
        var to = Math.Min(slice.ToYear ?? last, last);
        if (catalog.Years.Count == 0 || from > to)
        {
            error = $"the plans cover {first}–{last}: years={slice.FromYear}-{slice.ToYear} has none of them";
            return false;
        }

        // The plans' whole period keeps the money a whole-period table gives no year (per-year charts drop it again).
        resolved = new CubeSlice
        {
            Provinces = provinces,
            Sources = sources,
            Categories = categories,
            FromYear = from,
            ToYear = to,
            WithNoYearSplit = from == first && to == last
        };
        return true;
    }

    private static bool TryMembers(
        string what, IReadOnlyList<string> asked, IReadOnlyList<string> known, out IReadOnlyList<string> ordered, ref string? error)
    {
        ordered = [];
        var unknown = asked.Where(a => !known.Contains(a)).ToList();
        if (unknown.Count > 0)
        {
            error = $"unknown {what} '{QueryParameters.Clean(unknown[0])}': the cube has {string.Join(", ", known)}";
            return false;
        }

        ordered = known.Where(asked.Contains).ToList();
        return true;
    }
}
