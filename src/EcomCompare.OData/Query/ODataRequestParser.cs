using EcomCompare.OData.Model;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace EcomCompare.OData.Query;

/// <summary>
/// Parses a request target with Microsoft.OData.Core's <see cref="ODataUriParser"/> against the cube's model. Every
/// failure becomes an <see cref="ODataServiceException"/> that says what is wrong and where: 404 for an unknown
/// entity set or segment, 400 for bad syntax, unknown properties or wrong types, 501 for valid OData we do not serve.
/// </summary>
internal sealed class ODataRequestParser(IEdmModel model, ODataServiceOptions options)
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "$filter", "$select", "$orderby", "$top", "$skip", "$count", "$apply", "$skiptoken", "$format",
    };

    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "$expand", "$search", "$compute", "$levels", "$index", "$deltatoken", "$id", "$schemaversion",
    };

    /// <summary>Parses <paramref name="relativeTarget"/> (the request target after <c>/odata/</c>, percent-encoded).</summary>
    public ODataRequest Parse(Uri serviceRoot, string relativeTarget)
    {
        var question = relativeTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? relativeTarget : relativeTarget[..question];
        var rawQuery = SplitQuery(question < 0 ? string.Empty : relativeTarget[(question + 1)..]);
        var format = CheckOptions(rawQuery);

        var path = Unescape(rawPath, "path").TrimEnd('/');
        if (path.Length == 0)
        {
            return new ODataRequest { Kind = ODataRequestKind.ServiceDocument, ServiceRoot = serviceRoot, RawPath = rawPath, RawQuery = rawQuery, Format = format };
        }

        if (path == "$metadata")
        {
            return new ODataRequest { Kind = ODataRequestKind.Metadata, ServiceRoot = serviceRoot, RawPath = rawPath, RawQuery = rawQuery, Format = format };
        }

        Uri full;
        try
        {
            full = new Uri(serviceRoot, relativeTarget);
        }
        catch (UriFormatException e)
        {
            throw ODataServiceException.BadRequest("The request URL is not a valid URL: " + e.Message, "url");
        }

        var parser = new ODataUriParser(model, serviceRoot, full) { Resolver = new ODataUriResolver { EnableCaseInsensitive = false } };
        var odataPath = Step(() => parser.ParsePath(), "path");
        var (kind, entitySet, key, property) = Classify(odataPath);
        var set = CubeEntitySets.Find(entitySet.Name) ?? throw ODataServiceException.NotFound($"There is no entity set named '{entitySet.Name}'.", "path");

        ApplyClause? apply = null;
        if (Has(rawQuery, "$apply"))
        {
            if (!set.SupportsApply)
            {
                throw ODataServiceException.NotImplemented($"$apply is supported on BudgetLines, FundingSplits and FundingSplitsByYear, not on {set.Name}.", "$apply");
            }

            if (kind is not (ODataRequestKind.Collection or ODataRequestKind.Count))
            {
                throw ODataServiceException.BadRequest("$apply applies to a collection, not to a single entity.", "$apply");
            }

            apply = Step(() => parser.ParseApply(), "$apply");
        }

        var filter = Step(() => parser.ParseFilter(), "$filter");
        var orderBy = Step(() => parser.ParseOrderBy(), "$orderby");
        var select = Step(() => parser.ParseSelectAndExpand(), "$select");
        var top = Step(() => parser.ParseTop(), "$top");
        var skip = Step(() => parser.ParseSkip(), "$skip");
        var count = Step(() => parser.ParseCount(), "$count");
        var skipToken = Step(() => parser.ParseSkipToken(), "$skiptoken");
        if (top > options.MaxTop)
        {
            throw ODataServiceException.BadRequest($"$top may be at most {options.MaxTop}; the result comes in pages of {options.EffectivePageSize} rows anyway.", "$top");
        }

        return new ODataRequest
        {
            Kind = kind,
            ServiceRoot = serviceRoot,
            RawPath = rawPath,
            RawQuery = rawQuery,
            Path = odataPath,
            Set = set,
            EntitySet = entitySet,
            Key = key,
            PropertyName = property,
            Apply = apply,
            Filter = filter,
            OrderBy = orderBy,
            Select = select,
            Top = top,
            Skip = skip,
            Count = count ?? false,
            SkipToken = skipToken,
            Format = format,
        };
    }

    /// <summary>Splits a raw query string into percent-encoded name/value pairs, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> SplitQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(equals < 0 ? new(part, string.Empty) : new(part[..equals], part[(equals + 1)..]));
        }

        return pairs;
    }

    /// <summary>Percent-decodes a URL part; OData takes '+' literally, so this does too.</summary>
    public static string Unescape(string raw, string target)
    {
        try
        {
            return Uri.UnescapeDataString(raw);
        }
        catch (UriFormatException e)
        {
            throw ODataServiceException.BadRequest("The URL has a malformed percent-escape: " + e.Message, target);
        }
    }

    private string? CheckOptions(IReadOnlyList<KeyValuePair<string, string>> rawQuery)
    {
        string? format = null;
        foreach (var (rawName, rawValue) in rawQuery)
        {
            var name = Unescape(rawName, "query");
            var value = Unescape(rawValue, name);
            if (name.StartsWith('$'))
            {
                if (Unsupported.Contains(name))
                {
                    throw ODataServiceException.NotImplemented(
                        name == "$expand"
                            ? "$expand is not supported: every entity set is flat (BudgetLines carries Province, Category and Source names itself)."
                            : $"The query option {name} is not supported by this service.",
                        name);
                }

                if (!Supported.Contains(name))
                {
                    throw ODataServiceException.BadRequest($"'{name}' is not an OData system query option this service knows (options are case-sensitive: {string.Join(", ", Supported)}).", name);
                }

                if (name == "$format")
                {
                    format = value;
                }
            }

            CheckNesting(name, value);
        }

        return format;
    }

    private void CheckNesting(string name, string value)
    {
        // The parser is recursive: refuse pathological nesting before it sees it (the limit is generous for real queries).
        var depth = 0;
        var deepest = 0;
        foreach (var c in value)
        {
            if (c == '(')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c == ')')
            {
                depth--;
            }
        }

        if (deepest > options.MaxParenthesisDepth)
        {
            throw ODataServiceException.BadRequest($"{name} nests parentheses {deepest} deep; at most {options.MaxParenthesisDepth} are accepted.", name);
        }
    }

    private static bool Has(IReadOnlyList<KeyValuePair<string, string>> rawQuery, string name) =>
        rawQuery.Any(p => string.Equals(Unescape(p.Key, "query"), name, StringComparison.Ordinal));

    private static (ODataRequestKind Kind, IEdmEntitySet Set, IReadOnlyList<KeyValuePair<string, object>> Key, string? Property) Classify(ODataPath path)
    {
        var segments = path.ToList();
        if (segments.Count == 0 || segments[0] is not EntitySetSegment { EntitySet: var set })
        {
            throw ODataServiceException.NotImplemented($"Only entity sets, keys, $count and single properties can be addressed here, not '{path.FirstSegment?.Identifier}'.", "path");
        }

        switch (segments.Count)
        {
            case 1:
                return (ODataRequestKind.Collection, set, [], null);
            case 2 when segments[1] is CountSegment:
                return (ODataRequestKind.Count, set, [], null);
            case 2 when segments[1] is KeySegment key:
                return (ODataRequestKind.Entity, set, key.Keys.ToList(), null);
            case 3 when segments[1] is KeySegment key && segments[2] is PropertySegment property:
                return (ODataRequestKind.Property, set, key.Keys.ToList(), property.Property.Name);
            default:
                throw ODataServiceException.NotImplemented($"The path segment '{segments[^1].Identifier}' is not supported here.", "path");
        }
    }

    private static T Step<T>(Func<T> parse, string target)
    {
        try
        {
            return parse();
        }
        catch (ODataUnrecognizedPathException e)
        {
            throw ODataServiceException.NotFound(e.Message, target);
        }
        catch (ODataException e)
        {
            throw ODataServiceException.BadRequest(e.Message, target, e);
        }
        catch (Exception e) when (e is NotImplementedException or NotSupportedException)
        {
            throw ODataServiceException.NotImplemented($"{target}: {e.Message}", target);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or UriFormatException or InvalidCastException or NullReferenceException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // The parser's own guards throw these on input it cannot make sense of: the request is at fault.
            throw ODataServiceException.BadRequest($"{target} could not be parsed: {e.Message}", target, e);
        }
    }
}
