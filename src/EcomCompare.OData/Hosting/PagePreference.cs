using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// The page size of a response: the client's <c>Prefer: odata.maxpagesize=N</c> (capped at
/// <see cref="ODataServiceOptions.MaxPageSize"/>, and then said back in <c>Preference-Applied</c>), else the service's.
/// </summary>
internal readonly record struct PagePreference(int Size, bool Applied)
{
    private const string MaxPageSize = "odata.maxpagesize=";

    public static PagePreference Of(HttpRequest request, ODataServiceOptions options)
    {
        foreach (var prefer in request.Headers["Prefer"])
        {
            foreach (var part in (prefer ?? string.Empty).Split([',', ';'], StringSplitOptions.TrimEntries))
            {
                if (part.StartsWith(MaxPageSize, StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(part[MaxPageSize.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
                {
                    return new(Math.Min(size, options.MaxPageSize), true);
                }
            }
        }

        return new(options.EffectivePageSize, false);
    }

    /// <summary>The <c>Preference-Applied</c> value, when the client's preference was taken.</summary>
    public string? AppliedHeader => Applied ? MaxPageSize + Size.ToString(CultureInfo.InvariantCulture) : null;
}
