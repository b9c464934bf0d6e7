using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;

namespace EcomCompare.OData.Query;

/// <summary>
/// The service's limits that Microsoft.AspNetCore.OData can check itself, as <see cref="ODataValidationSettings"/>,
/// checked on the parsed options before any translation. What the library has no setting for stays ours:
/// URL length (414, before anything is parsed), parenthesis depth (before the recursive parser sees the text),
/// expression depth, <c>in (…)</c> list length and the number of <c>$apply</c> transformations (in the binders).
/// </summary>
internal static class ODataValidation
{
    public static ODataValidationSettings Settings(ODataServiceOptions options) => new()
    {
        MaxTop = (int)Math.Min(options.MaxTop, int.MaxValue),
        MaxOrderByNodeCount = options.MaxOrderByKeys,
        MaxNodeCount = options.MaxNodeCount,

        // Unknown or unsupported options never get here (ODataRequestParser answers 400 or 501 first).
        AllowedQueryOptions = AllowedQueryOptions.Filter | AllowedQueryOptions.OrderBy | AllowedQueryOptions.Select
            | AllowedQueryOptions.Top | AllowedQueryOptions.Skip | AllowedQueryOptions.Count | AllowedQueryOptions.Apply
            | AllowedQueryOptions.SkipToken | AllowedQueryOptions.Format,

        // Every function passes validation: a function the translator does not implement (now(), geo.…) is valid
        // OData this service does not serve — 501 from the FilterBinder, not the validator's 400.
        AllowedFunctions = AllowedFunctions.AllFunctions,
    };
}
