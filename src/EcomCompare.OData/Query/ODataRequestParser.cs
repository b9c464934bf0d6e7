using EcomCompare.OData.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace EcomCompare.OData.Query;

/// <summary>
/// Reads a request into an <see cref="ODataRequest"/>: the path as Microsoft.AspNetCore.OData's routing parsed it
/// (or, for a path no route took, Microsoft.OData.Core's <see cref="ODataUriParser"/>, to say precisely what is wrong),
/// and the query options through the library's <see cref="ODataQueryOptions"/>, validated against
/// <see cref="ODataValidation.Settings"/>. Every failure becomes an <see cref="ODataServiceException"/> that says what
/// is wrong and where: 404 for an unknown entity set or segment, 400 for bad syntax, unknown properties, wrong types
/// or a limit passed, 501 for valid OData we do not serve.
/// </summary>
internal sealed partial class ODataRequestParser(IEdmModel model, ODataServiceOptions options)
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "$filter", "$select", "$orderby", "$top", "$skip", "$count", "$apply", "$skiptoken", "$format",
    };

    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "$expand", "$search", "$compute", "$levels", "$index", "$deltatoken", "$id", "$schemaversion",
    };

    private readonly ODataValidationSettings _validation = ODataValidation.Settings(options);

    /// <summary>Parses <paramref name="relativeTarget"/> (the request target after <c>/odata/</c>, percent-encoded) without a host.</summary>
    public ODataRequest Parse(Uri serviceRoot, string relativeTarget)
    {
        using var scope = ODataServiceExtensions.StandaloneRouteServices.CreateScope();
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Get;
        http.Request.ODataFeature().Services = scope.ServiceProvider;
        return Parse(http, serviceRoot, relativeTarget);
    }

    /// <summary>
    /// Parses a request: <paramref name="relativeTarget"/> is the target after <c>/odata/</c> exactly as sent; the
    /// path is the one routing put in <c>ODataFeature().Path</c> when a route took the request.
    /// </summary>
    public ODataRequest Parse(HttpContext http, Uri serviceRoot, string relativeTarget)
    {
        var question = relativeTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? relativeTarget : relativeTarget[..question];
        var rawQuery = SplitQuery(question < 0 ? string.Empty : relativeTarget[(question + 1)..]);
        var format = CheckOptions(rawQuery);

        var path = Unescape(rawPath, "path").TrimEnd('/');
        if (path.Length == 0)
        {
            return new ODataRequest
            {
                Kind = ODataRequestKind.ServiceDocument,
                ServiceRoot = serviceRoot,
                RawPath = rawPath,
                RawQuery = rawQuery,
                Format = format
            };
        }

        if (path == "$metadata")
        {
            return new ODataRequest
            {
                Kind = ODataRequestKind.Metadata,
                ServiceRoot = serviceRoot,
                RawPath = rawPath,
                RawQuery = rawQuery,
                Format = format
            };
        }

        var odataPath = Routed(http.Request.ODataFeature().Path, path) ?? ParsePath(serviceRoot, relativeTarget);
        var (kind, entitySet, key, property) = Classify(odataPath);
        var set = CubeEntitySets.Find(entitySet.Name) ?? throw ODataServiceException.NotFound(
            $"There is no entity set named '{entitySet.Name}'.", "path");
        if (Has(rawQuery, "$apply"))
        {
            if (!set.SupportsApply)
            {
                throw ODataServiceException.NotImplemented(
                    $"$apply is supported on BudgetLines, FundingSplits and FundingSplitsByYear, not on {set.Name}.", "$apply");
            }

            if (kind is not (ODataRequestKind.Collection or ODataRequestKind.Count))
            {
                throw ODataServiceException.BadRequest("$apply applies to a collection, not to a single entity.", "$apply");
            }
        }

        // The library reads the options from Request.Query; it gets them decoded the OData way ('+' stays '+').
        http.Request.Query = new QueryCollection(rawQuery
            .Select(p => (Name: Unescape(p.Key, "query"), Value: Unescape(p.Value, "query")))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray()), StringComparer.Ordinal));
        var query = Step(() => new ODataQueryOptions(new ODataQueryContext(model, entitySet.EntityType, odataPath), http.Request), "query");

        // One parser behind every option, in this order: $apply first, so that $filter, $orderby and $select see
        // the properties it produces. What comes out is parsed clauses; the translation into SQL is ours.
        var apply = query.Apply is { } applyOption ? Step(() => applyOption.ApplyClause, "$apply") : null;
        var filter = query.Filter is { } filterOption ? Step(
            () => Validated(filterOption.FilterClause, () => filterOption.Validate(_validation)), "$filter", apply) : null;
        var orderBy = query.OrderBy is { } orderOption ? Step(
            () => Validated(orderOption.OrderByClause, () => orderOption.Validate(_validation)), "$orderby", apply) : null;
        var select = query.SelectExpand is { } selectOption ? Step(
            () => Validated(selectOption.SelectExpandClause, () => selectOption.Validate(_validation)), "$select", apply) : null;
        long? top = query.Top is { } topOption ? Step(() => Validated(topOption.Value, () => topOption.Validate(_validation)), "$top") : null;
        long? skip = query.Skip is { } skipOption ? Step(() => Validated(skipOption.Value, () => skipOption.Validate(_validation)), "$skip") : null;
        var count = query.RawValues.Count is not null && Step(() => Validated(query.Count.Value, () => query.Count.Validate(_validation)), "$count");
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
            Count = count,
            SkipToken = query.SkipToken?.RawValue,
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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawName, rawValue) in rawQuery)
        {
            var name = Unescape(rawName, "query");
            var value = Unescape(rawValue, name);
            if (name.StartsWith('$') || name.StartsWith('@'))
            {
                if (!seen.Add(name))
                {
                    throw ODataServiceException.BadRequest($"The query option {name} is given more than once.", name);
                }
            }

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
                    throw ODataServiceException.BadRequest(
                        $"'{name}' is not an OData system query option this service knows (options are case-sensitive: {string.Join(", ", Supported)}).", name);
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
            throw ODataServiceException.BadRequest(
                $"{name} nests parentheses {deepest} deep; at most {options.MaxParenthesisDepth} are accepted.", name);
        }
    }

    // Routing matches literal segments case-insensitively; OData names are case-sensitive, so a path whose names
    // differ in case from the model's is left to ParsePath, which refuses it with a 404 as before.
    private static ODataPath? Routed(ODataPath? routed, string path)
    {
        if (routed is null || routed.FirstSegment is not EntitySetSegment { EntitySet.Name: var setName }
            || !path.StartsWith(setName, StringComparison.Ordinal)
            || (routed.LastSegment is PropertySegment { Property.Name: var propertyName } && !path.EndsWith(
                "/" + propertyName, StringComparison.Ordinal))
            || (routed.LastSegment is CountSegment && !path.EndsWith("/$count", StringComparison.Ordinal)))
        {
            return null;
        }

        return routed;
    }

    private ODataPath ParsePath(Uri serviceRoot, string relativeTarget)
    {
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
        return Step(() => parser.ParsePath(), "path");
    }

    private static T Validated<T>(T value, Action validate)
    {
        validate();
        return value;
    }

    private static bool Has(IReadOnlyList<KeyValuePair<string, string>> rawQuery, string name) =>
        rawQuery.Any(p => string.Equals(Unescape(p.Key, "query"), name, StringComparison.Ordinal));

    private static (ODataRequestKind Kind, IEdmEntitySet Set, IReadOnlyList<KeyValuePair<string, object>> Key, string? Property) Classify(
        ODataPath path)
    {
        var segments = path.ToList();
        if (segments is [BatchSegment])
        {
            throw ODataServiceException.NotImplemented(
                "$batch is answered for POST (Content-Type multipart/mixed or application/json), not for GET.", "path");
        }

        if (segments.Count == 0 || segments[0] is not EntitySetSegment { EntitySet: var set })
        {
            throw ODataServiceException.NotImplemented(
                $"Only entity sets, keys, $count and single properties can be addressed here, not '{path.FirstSegment?.Identifier}'.", "path");
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

    private static T Step<T>(Func<T> parse, string target, ApplyClause? apply = null)
    {
        try
        {
            return parse();
        }
        catch (ODataUnrecognizedPathException e)
        {
            throw ODataServiceException.NotFound(e.Message, target);
        }
        catch (ODataException e) when (apply is not null && e.Message.Contains("grouping expression", StringComparison.Ordinal))
        {
            // The library's words ("$apply/groupby grouping expression 'X' must evaluate to a property access value")
            // for a $filter, $orderby or $select naming a property the grouping dropped: they read as if $apply were
            // wrong. Said plainly: these options apply to $apply's result; filter before grouping instead.
            var name = QuotedName().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : "that property";
            throw ODataServiceException.BadRequest(
                $"{target} applies to the result of $apply, which has only {string.Join(", ", ResultNames(apply))}; '{name}' is not in it. " +
                $"To keep some rows before grouping, filter inside $apply: $apply=filter({name} eq …)/groupby(…).", target, e);
        }
        catch (ODataException e) when (e.Message.StartsWith("An internal error '", StringComparison.Ordinal))
        {
            // The parser's name for an operator it cannot type, e.g. 'Year has 1' (TypePromotionUtils_…): its own
            // internals, never the client's words; 'has' is the one operator that reaches it with valid syntax.
            throw ODataServiceException.BadRequest($"{target}: an operator does not fit its operands. {Translation.FilterBinder.HasAdvice}", target,
                e);
        }
        catch (ODataException e)
        {
            throw ODataServiceException.BadRequest(e.Message, target, e);
        }
        catch (Exception e) when (e is NotImplementedException or NotSupportedException)
        {
            throw ODataServiceException.NotImplemented($"{target}: {e.Message}", target);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or UriFormatException
                                       or InvalidCastException or NullReferenceException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // The parser's own guards throw these on input it cannot make sense of: the request is at fault.
            throw ODataServiceException.BadRequest($"{target} could not be parsed: {e.Message}", target, e);
        }
    }

    /// <summary>The names $apply's last grouping or aggregation leaves: its grouped properties and aliases.</summary>
    private static IEnumerable<string> ResultNames(ApplyClause apply)
    {
        var last = apply.Transformations.LastOrDefault(t => t is GroupByTransformationNode or AggregateTransformationNode);
        var (groups, aggregate) = last switch
        {
            GroupByTransformationNode groupBy =>
                (groupBy.GroupingProperties.Select(p => p.Name), groupBy.ChildTransformations as AggregateTransformationNode),
            AggregateTransformationNode node => (Enumerable.Empty<string>(), node),
            _ => (Enumerable.Empty<string>(), null),
        };
        return groups.Concat(aggregate?.AggregateExpressions.Select(a => a.Alias) ?? []);
    }

    [System.Text.RegularExpressions.GeneratedRegex("'([A-Za-z_][A-Za-z0-9_]*)'")]
    private static partial System.Text.RegularExpressions.Regex QuotedName();
}
