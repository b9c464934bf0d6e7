using System.Text;
using System.Xml;
using System.Xml.Linq;
using EcomCompare.OData.Model;
using EcomCompare.OData.Query;
using EcomCompare.OData.Translation;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace EcomCompare.OData.Serialization;

/// <summary>
/// Every payload the service sends, written only with <see cref="ODataMessageWriter"/>: service document,
/// <c>$metadata</c> (CSDL XML, whatever Accept says), feeds with <c>@odata.count</c>/<c>@odata.nextLink</c>,
/// entities, single properties, <c>$count</c> raw values and errors. Content negotiation (JSON minimal by
/// default, full/none on request, IEEE754Compatible) is the writer's own, fed with the request's Accept.
/// Why not Microsoft.AspNetCore.OData's output formatters: they serialize objects straight to the response stream,
/// and this service needs the finished bytes first — the response cache keeps them, the ETag names them, and a
/// query that fails mid-way must still become a clean OData error instead of half a payload. Rows after $apply are
/// also no entities of the model (aggregated names are dynamic properties of a non-open type), which the formatters'
/// resource serializer would have to be taught; here the same ODataMessageWriter writes them with validation off.
/// Feeds, entities and properties are written into a buffer of at most <c>maxResponseBytes</c>
/// (<see cref="ODataServiceException.ResponseTooLarge"/> past it).
/// </summary>
internal sealed class ODataPayloadWriter(IEdmModel model, IServiceProvider routeServices, long maxResponseBytes = long.MaxValue)
{
    private readonly Lazy<ODataPayload> _metadata = new(() => WriteMetadata(model, routeServices));

    public ODataPayload ServiceDocument(Uri serviceRoot, ResponseFormat format)
    {
        using var message = new BufferedResponseMessage(routeServices);
        using (var writer = new ODataMessageWriter(message, Settings(serviceRoot, format, null), model))
        {
            writer.WriteServiceDocument(model.GenerateServiceDocument());
        }

        return ODataPayload.From(message);
    }

    public ODataPayload Metadata() => _metadata.Value;

    public ODataPayload Feed(
        ODataRequest request, TranslatedQuery query, IReadOnlyList<object?[]> rows, long? count, Uri? nextLink, ResponseFormat format)
    {
        using var message = new BufferedResponseMessage(routeServices, maxResponseBytes);
        var settings = Settings(request.ServiceRoot, format, request, query);
        if (query.Transformed)
        {
            // Aggregated and computed names are dynamic properties of a non-open type, and an aggregate may be null
            // where the declared property is not: $apply results are not entities, so metadata validation is off.
            settings.Validations = ValidationKinds.None;
        }

        using (var writer = new ODataMessageWriter(message, settings, model))
        {
            var feed = writer.CreateODataResourceSetWriter(request.EntitySet, request.EntitySet!.EntityType);
            var full = IsFullMetadata(message);
            feed.WriteStart(new ODataResourceSet { Count = count, NextPageLink = nextLink });
            foreach (var row in rows)
            {
                feed.WriteStart(Resource(request, query, row, full));
                feed.WriteEnd();
            }

            feed.WriteEnd();
            feed.Flush();
        }

        return ODataPayload.From(message);
    }

    public ODataPayload Entity(ODataRequest request, TranslatedQuery query, object?[] row, ResponseFormat format)
    {
        using var message = new BufferedResponseMessage(routeServices, maxResponseBytes);
        using (var writer = new ODataMessageWriter(message, Settings(request.ServiceRoot, format, request, query), model))
        {
            var entry = writer.CreateODataResourceWriter(request.EntitySet, request.EntitySet!.EntityType);
            entry.WriteStart(Resource(request, query, row, IsFullMetadata(message)));
            entry.WriteEnd();
            entry.Flush();
        }

        return ODataPayload.From(message);
    }

    public ODataPayload Property(ODataRequest request, TranslatedQuery query, object?[] row, ResponseFormat format)
    {
        using var message = new BufferedResponseMessage(routeServices, maxResponseBytes);
        using (var writer = new ODataMessageWriter(message, Settings(request.ServiceRoot, format, request, query), model))
        {
            var column = query.Output[0];
            writer.WriteProperty(new ODataProperty { Name = column.Name, Value = ODataValues.Convert(row[column.Ordinal], column.Type) });
        }

        return ODataPayload.From(message);
    }

    public ODataPayload Count(Uri serviceRoot, long count)
    {
        using var message = new BufferedResponseMessage(routeServices);
        var settings = Settings(serviceRoot, ResponseFormat.Default, null);
        settings.SetContentType("text/plain", "utf-8");
        using (var writer = new ODataMessageWriter(message, settings, model))
        {
            writer.WriteValue(count);
        }

        return ODataPayload.From(message);
    }

    /// <summary>
    /// The error sent when even writing an error failed: a fixed OData error, never ASP.NET's empty 500 or a stack
    /// trace.
    /// </summary>
    public static ODataPayload LastResort { get; } = new(
        500,
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json;odata.metadata=minimal;charset=utf-8",
            ["OData-Version"] = "4.0",
        },
        Encoding.UTF8.GetBytes("{\"error\":{\"code\":\"InternalError\",\"message\":\"The service failed unexpectedly; the error has been logged.\"}}"));

    /// <summary>An OData JSON error: code, message, target (the option at fault). Never a stack trace.</summary>
    public ODataPayload Error(int status, string code, string text, string? target)
    {
        using var message = new BufferedResponseMessage(routeServices) { StatusCode = status };
        var settings = new ODataMessageWriterSettings { EnableMessageStreamDisposal = false, Version = ODataVersion.V4 };
        settings.SetContentType(ODataFormat.Json);
        using (var writer = new ODataMessageWriter(message, settings, model))
        {
            writer.WriteError(
                new ODataError { Code = code, Message = Sanitize(text), Target = target is null ? null : Sanitize(target) },
                includeDebugInformation: false);
        }

        return ODataPayload.From(message);
    }

    /// <summary>
    /// Parser messages quote the offending input, cut at a position that may split a surrogate pair; a lone
    /// surrogate cannot be encoded as UTF-8, so it becomes U+FFFD.
    /// </summary>
    internal static string Sanitize(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired)
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append('\uFFFD');
            }
            else
            {
                clean?.Append(c);
            }
        }

        return clean?.ToString() ?? text;
    }

    private static ODataPayload WriteMetadata(IEdmModel model, IServiceProvider routeServices)
    {
        using var message = new BufferedResponseMessage(routeServices);
        var settings = new ODataMessageWriterSettings { EnableMessageStreamDisposal = false, Version = ODataVersion.V4 };
        settings.SetContentType(ODataFormat.Metadata);
        using (var writer = new ODataMessageWriter(message, settings, model))
        {
            writer.WriteMetadataDocument();
        }

        var payload = ODataPayload.From(message);
        return payload with { Body = WithoutEmptyIncludeAliases(payload.Body) };
    }

    // CubeEdmModel's vocabulary includes have no alias, so that Microsoft.OData.Edm 8 writes every annotation term by
    // its full name (an include alias makes it write Capabilities.TopSupported, which Excel and the third-party
    // clients do not resolve). Its CSDL writer still writes the optional Alias attribute, empty — not a valid
    // identifier — so the empty attribute is removed; the document is otherwise the writer's, byte for byte.
    private static byte[] WithoutEmptyIncludeAliases(byte[] csdl)
    {
        var document = XDocument.Load(new MemoryStream(csdl), LoadOptions.PreserveWhitespace);
        document.Descendants(XName.Get("Include", "http://docs.oasis-open.org/odata/ns/edmx"))
            .Attributes("Alias").Where(alias => alias.Value.Length == 0).Remove();
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = false }))
        {
            document.Save(xml);
        }

        return output.ToArray();
    }

    private static ODataMessageWriterSettings Settings(Uri serviceRoot, ResponseFormat format, ODataRequest? request, TranslatedQuery? query = null)
    {
        var settings = new ODataMessageWriterSettings
        {
            BaseUri = serviceRoot,
            EnableMessageStreamDisposal = false,
            Version = ODataVersion.V4,
            ODataUri = new ODataUri
            {
                ServiceRoot = serviceRoot,
                Path = request?.Path,
                SelectAndExpand = request is null || query is null ? null : ContextSelect(request, query),
            },
        };
        settings.SetContentType(format.Accept, format.AcceptCharset);
        return settings;
    }

    // The context URL names exactly the properties written: $metadata#BudgetLines(ProvinceCode,Total). Left to the
    // library, an $apply context lists compute aliases an aggregate has since dropped, which clients choke on.
    private static SelectExpandClause? ContextSelect(ODataRequest request, TranslatedQuery query)
    {
        if (!query.Transformed && (request.Select is null || request.Select.AllSelected) && request.PropertyName is null)
        {
            return null;
        }

        if (request.PropertyName is not null)
        {
            return request.Select;
        }

        var type = request.EntitySet!.EntityType;
        var items = query.Output.Select(column => (SelectItem)new PathSelectItem(new ODataSelectPath(
            type.FindProperty(column.Name) is IEdmStructuralProperty declared && column.Declared
                ? new PropertySegment(declared)
                : new DynamicPathSegment(column.Name))));
        return new SelectExpandClause(items, allSelected: false);
    }

    private static bool IsFullMetadata(BufferedResponseMessage message) =>
        message.GetHeader("Content-Type")?.Contains("odata.metadata=full", StringComparison.OrdinalIgnoreCase) == true;

    private static ODataResource Resource(ODataRequest request, TranslatedQuery query, object?[] row, bool full)
    {
        var set = request.Set!;
        var resource = new ODataResource
        {
            TypeName = CubeEdmModel.Namespace + "." + set.TypeName,
            Properties = query.Output.Select(c => new ODataProperty { Name = c.Name, Value = ODataValues.Convert(row[c.Ordinal], c.Type) }).ToList(),
        };
        if (query.Transformed)
        {
            resource.IsTransient = full; // a group, not an entity: full metadata says "@odata.id": null
        }
        else if (full && query.KeyOrdinals.Count == set.Keys.Count)
        {
            // Full metadata computes @odata.id from the key; with $select the key may not be written, so say it.
            var link = new Uri(request.ServiceRoot, set.Name + "(" + KeyLiteral(set, query, row) + ")");
            resource.Id = link;
            resource.EditLink = link;
            resource.ReadLink = link;
        }

        return resource;
    }

    private static string KeyLiteral(CubeEntitySet set, TranslatedQuery query, object?[] row)
    {
        var parts = set.Keys.Select((key, i) =>
        {
            var property = set.Property(key)!;
            var literal = ODataUriUtils.ConvertToUriLiteral(
                ODataValues.Convert(row[query.KeyOrdinals[i]], new ValueKind(property.Kind, false)), ODataVersion.V4);
            return set.Keys.Count == 1 ? literal : key + "=" + literal;
        });
        return string.Join(",", parts);
    }
}
