using System.Net;
using System.Xml;
using EcomCompare.OData.Model;
using EcomCompare.OData.Query;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;

namespace EcomCompare.OData.Tests;

/// <summary>
/// Where Microsoft.AspNetCore.OData hosts the service, and the few places where its behaviour is not the service's
/// contract, each with the reason our piece stays.
/// </summary>
[Collection(ServerCollection.Name)]
public class HostingTests(ODataServer server)
{
    private static readonly Uri Root = new("http://localhost/odata/");

    [Theory]
    [InlineData("odata/budgetlines")]
    [InlineData("odata/BUDGETLINES/$count")]
    [InlineData("odata/BudgetLines(1)/amount")]
    public async Task NamesAreCaseSensitiveThoughRoutingMatchesPathsIgnoringCase(string target)
    {
        // ASP.NET routing matches literal segments ignoring case; OData names are case-sensitive, as they were here.
        using var response = await Http.GetAsync(server.Client, target);
        await Http.ErrorAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public void TheServicesLimitsAreTheLibrarysValidationSettings()
    {
        var settings = ODataValidation.Settings(new ODataServiceOptions { MaxTop = 50, MaxOrderByKeys = 3, MaxNodeCount = 77 });
        Assert.Equal((50, 3, 77), (settings.MaxTop, settings.MaxOrderByNodeCount, settings.MaxNodeCount));
    }

    [Theory]
    [InlineData("BudgetLines?$top=51", "$top", "50")]
    [InlineData("BudgetLines?$orderby=Year,Amount,Line,Id", "$orderby", "3")]
    [InlineData("BudgetLines?$filter=Year eq 1 or Year eq 2 or Year eq 3 or Year eq 4 or Year eq 5", "$filter", "12")]
    public void ALimitIsEnforcedByTheLibrarysValidatorBeforeAnyTranslation(string target, string option, string limit)
    {
        var parser = new ODataRequestParser(CubeEdmModel.Instance, new ODataServiceOptions { MaxTop = 50, MaxOrderByKeys = 3, MaxNodeCount = 12 });
        var error = Assert.Throws<ODataServiceException>(() => parser.Parse(Root, target));
        Assert.Equal((400, option), (error.Status, error.Target));
        Assert.Matches($@"\b{limit}\b", error.Message);
    }

    [Fact]
    public void AnAliasedVocabularyIncludeWouldWriteTermsByTheirAlias()
    {
        // Why CubeEdmModel's includes carry no alias: Microsoft.OData.Edm 8 then writes Capabilities.BatchSupported,
        // and Excel and the third-party clients look the term up by its full name.
        var model = new EdmModel();
        var container = new EdmEntityContainer("Probe", "Container");
        model.AddElement(container);
        var annotation = new EdmVocabularyAnnotation(
            container, model.FindTerm("Org.OData.Capabilities.V1.BatchSupported"), new EdmBooleanConstant(true));
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.SetVocabularyAnnotation(annotation);
        var reference = new EdmReference(new Uri("https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Capabilities.V1.xml"));
        reference.AddInclude(new EdmInclude("Capabilities", "Org.OData.Capabilities.V1"));
        model.SetEdmReferences([reference]);

        var csdl = new StringWriter();
        using (var writer = XmlWriter.Create(csdl))
        {
            Assert.True(CsdlWriter.TryWriteCsdl(model, writer, CsdlTarget.OData, out var errors), string.Join("\n", errors));
        }

        Assert.Contains("Term=\"Capabilities.BatchSupported\"", csdl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheServiceSaysItTakesBatches()
    {
        var xml = new XmlDocument();
        xml.LoadXml(await server.Client.GetStringAsync("odata/$metadata"));
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("e", "http://docs.oasis-open.org/odata/ns/edm");
        Assert.Equal(
            "true", xml.SelectSingleNode("//e:EntityContainer/e:Annotation[@Term='Org.OData.Capabilities.V1.BatchSupported']",
                ns)?.Attributes?["Bool"]?.Value);
        Assert.Empty(xml.SelectNodes("//x:Include[@Alias]", NsWithEdmx(xml))!.Cast<XmlNode>());
    }

    private static XmlNamespaceManager NsWithEdmx(XmlDocument xml)
    {
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("x", "http://docs.oasis-open.org/odata/ns/edmx");
        return ns;
    }
}
