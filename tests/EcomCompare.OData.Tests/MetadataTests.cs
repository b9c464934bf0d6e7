using System.Net;
using System.Xml;
using EcomCompare.OData.Model;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;

namespace EcomCompare.OData.Tests;

/// <summary>$metadata: CSDL XML that Microsoft.OData.Edm reads back without errors, carrying the contract.</summary>
[Collection(ServerCollection.Name)]
public class MetadataTests(ODataServer server)
{
    private static readonly string[] Internal = [
        "ProvinceOrder", "SourceOrder", "CategoryOrder", "ItemOrder", "ItemKey", "NativeGroupKey", "ItemLabel", "SortOrder"];

    [Fact]
    public async Task MetadataIsCsdlXmlThatCsdlReaderReadsBackWithoutErrorsWhateverTheAcceptSays()
    {
        foreach (var accept in new[] { Http.PowerQueryAccept, "application/json", "*/*" })
        {
            using var response = await Http.GetAsync(server.Client, "odata/$metadata", accept);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(["4.0"], response.Headers.GetValues("OData-Version"));
            var model = Read(await response.Content.ReadAsStringAsync());
            Assert.NotNull(model.FindDeclaredEntitySet("BudgetLines"));
        }
    }

    [Fact]
    public async Task TheReadBackModelValidatesWithItsReferencedVocabularies()
    {
        // A client resolves edmx:Reference itself; Core and Capabilities are built into Microsoft.OData.Edm, the
        // Aggregation vocabulary is handed over here as its CSDL.
        var aggregation = new StringWriter();
        using (var writer = XmlWriter.Create(aggregation))
        {
            Assert.True(
                CsdlWriter.TryWriteCsdl(AggregationVocabulary.Model, writer, CsdlTarget.OData, out var writeErrors), string.Join("\n", writeErrors));
        }

        using var reader = XmlReader.Create(new StringReader(await server.Client.GetStringAsync("odata/$metadata")));
        Assert.True(
            CsdlReader.TryParse(
                reader, uri => uri == AggregationVocabulary.Uri ? XmlReader.Create(new StringReader(aggregation.ToString())) : null, out var model,
                out var readErrors),
            string.Join("\n", readErrors?.Select(e => e.ToString()) ?? []));
        Assert.True(model.Validate(out var errors), string.Join("\n", errors.Select(e => e.ToString())));
        Assert.True(CubeEdmModel.Instance.Validate(out var ownErrors), string.Join("\n", ownErrors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task EveryDecimalHasPrecision18AndScale3()
    {
        var model = Read(await server.Client.GetStringAsync("odata/$metadata"));
        var decimals = model.SchemaElements.OfType<IEdmEntityType>().SelectMany(t => t.DeclaredStructuralProperties())
            .Where(p => p.Type.IsDecimal()).Select(p => p.Type.AsDecimal()).ToList();
        Assert.True(decimals.Count >= 15);
        Assert.All(decimals, d => Assert.Equal((18, 3), (d.Precision, d.Scale)));
    }

    [Theory]
    [InlineData(
        "BudgetLines", "Id", "Id:Int64 ProvinceCode:String Province:String Year:Int32? SourceCode:String CategoryCode:String Category:String NativeGroup:String ItemCode:String ItemName:String Agency:String? Amount:Decimal IsUnitemized:Boolean Document:String Line:Int32")]
    [InlineData(
        "Provinces", "Code", "Code:String Name:String Region:String Decision:String DecisionDate:Date? PlanPeriod:String MergedInto:String StatedTotal:Decimal? DocumentStatus:String AdoptedAs:String? AdoptedOn:Date?")]
    [InlineData("FundingSources", "Code", "Code:String Name:String NameVi:String")]
    [InlineData("Categories", "Code", "Code:String Name:String NameVi:String")]
    [InlineData(
        "FundingSplits", "ProvinceCode",
        "ProvinceCode:String Central:Decimal Local:Decimal Enterprise:Decimal Other:Decimal Total:Decimal CentralShare:Double? LocalShare:Double? EnterpriseShare:Double? OtherShare:Double? NoYearSplit:Decimal")]
    [InlineData(
        "FundingSplitsByYear", "ProvinceCode,Year",
        "ProvinceCode:String Year:Int32 Central:Decimal Local:Decimal Enterprise:Decimal Other:Decimal Total:Decimal CentralShare:Double? LocalShare:Double? EnterpriseShare:Double? OtherShare:Double?")]
    [InlineData(
        "Discrepancies", "Id",
        "Id:Int64 ProvinceCode:String Document:String Line:Int32 Kind:String Scope:String Stated:Decimal? Computed:Decimal? Difference:Decimal? Message:String")]
    [InlineData(
        "Targets", "Id", "Id:Int64 ProvinceCode:String IndicatorCode:String Indicator:String Value:Decimal? ValueMax:Decimal? Unit:String Comparator:String Year:Int32 Text:String Document:String Line:Int32")]
    [InlineData("Indicators", "Code", "Code:String Name:String NameVi:String Unit:String National:Decimal? NationalComparator:String?")]
    public async Task EachEntitySetCarriesTheContractsKeyAndProperties(string setName, string keys, string properties)
    {
        var model = Read(await server.Client.GetStringAsync("odata/$metadata"));
        var set = model.FindDeclaredEntitySet(setName);
        Assert.NotNull(set);
        var type = set.EntityType;
        Assert.Equal("EcomCompare", type.Namespace);
        Assert.Equal(keys, string.Join(",", type.Key().Select(k => k.Name)));
        foreach (var expected in properties.Split(' '))
        {
            var (name, kind) = (expected.Split(':')[0], expected.Split(':')[1]);
            var property = type.FindProperty(name);
            Assert.True(property is not null, $"{setName}.{name} is missing");
            Assert.Equal(kind.TrimEnd('?'), property.Type.PrimitiveKind().ToString());
            Assert.True(kind.EndsWith('?') == property.Type.IsNullable, $"{setName}.{name} nullability");
        }

        Assert.DoesNotContain(type.Properties(), p => Internal.Contains(p.Name));
        Assert.Equal("Cube", model.EntityContainer.Name);
    }

    [Fact]
    public async Task CapabilitiesAndApplySupportedAnnotationsAreThere()
    {
        var xml = new XmlDocument();
        xml.LoadXml(await server.Client.GetStringAsync("odata/$metadata"));
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("e", "http://docs.oasis-open.org/odata/ns/edm");
        ns.AddNamespace("x", "http://docs.oasis-open.org/odata/ns/edmx");
        foreach (var vocabulary in new[] { "Org.OData.Core.V1", "Org.OData.Capabilities.V1", "Org.OData.Aggregation.V1" })
        {
            Assert.NotNull(xml.SelectSingleNode($"//x:Reference/x:Include[@Namespace='{vocabulary}']", ns));
        }

        foreach (var set in CubeEntitySets.All)
        {
            string Term(string term) => $"//e:EntitySet[@Name='{set.Name}']/e:Annotation[@Term='{term}']";
            Assert.Equal("true", xml.SelectSingleNode(Term("Org.OData.Capabilities.V1.TopSupported"), ns)?.Attributes?["Bool"]?.Value);
            Assert.Equal("true", xml.SelectSingleNode(Term("Org.OData.Capabilities.V1.SkipSupported"), ns)?.Attributes?["Bool"]?.Value);
            Assert.NotNull(
                xml.SelectSingleNode(
                    Term("Org.OData.Capabilities.V1.CountRestrictions") + "/e:Record/e:PropertyValue[@Property='Countable'][@Bool='true']", ns));
            Assert.NotNull(
                xml.SelectSingleNode(
                    Term("Org.OData.Capabilities.V1.FilterRestrictions") + "/e:Record/e:PropertyValue[@Property='Filterable'][@Bool='true']", ns));
            Assert.NotNull(
                xml.SelectSingleNode(
                    Term("Org.OData.Capabilities.V1.SortRestrictions") + "/e:Record/e:PropertyValue[@Property='Sortable'][@Bool='true']", ns));
            var apply = xml.SelectSingleNode(Term("Org.OData.Aggregation.V1.ApplySupported"), ns);
            Assert.Equal(set.Name is "BudgetLines" or "FundingSplits" or "FundingSplitsByYear" or "Targets", apply is not null);
            if (apply is not null)
            {
                var transformations = apply.SelectNodes("e:Record/e:PropertyValue[@Property='Transformations']/e:Collection/e:String",
                    ns)!.Cast<XmlNode>().Select(n => n.InnerText);
                Assert.Equal(["aggregate", "groupby", "filter", "compute"], transformations);
            }
        }

        var functions = xml.SelectNodes(
            "//e:EntityContainer/e:Annotation[@Term='Org.OData.Capabilities.V1.FilterFunctions']/e:Collection/e:String",
            ns)!.Cast<XmlNode>().Select(n => n.InnerText).ToList();
        Assert.Subset(
            functions.ToHashSet(),
            new HashSet<string> { "contains", "startswith", "endswith", "tolower", "toupper", "in", "add", "sub", "mul", "div", "mod" });
    }

    [Fact]
    public async Task TheServiceDocumentListsEveryEntitySet()
    {
        var document = await Http.JsonAsync(server.Client, "odata/");
        Assert.EndsWith("/odata/$metadata", document.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            CubeEntitySets.All.Select(s => s.Name), document.GetProperty("value").EnumerateArray().Select(e => e.GetProperty("url").GetString()));
        var bare = await Http.JsonAsync(server.Client, "odata");
        Assert.Equal(document.GetProperty("value").GetArrayLength(), bare.GetProperty("value").GetArrayLength());
    }

    private static IEdmModel Read(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        Assert.True(CsdlReader.TryParse(reader, out var model, out var errors), string.Join("\n", errors?.Select(e => e.ToString()) ?? []));
        Assert.Empty(errors ?? []);
        return model;
    }
}
