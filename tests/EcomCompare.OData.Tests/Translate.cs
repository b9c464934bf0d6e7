using EcomCompare.Cube.Sql;
using EcomCompare.OData.Model;
using EcomCompare.OData.Query;
using EcomCompare.OData.Translation;

namespace EcomCompare.OData.Tests;

/// <summary>Parses a request target the way the service does and translates it, without HTTP.</summary>
internal static class Translate
{
    public static readonly ODataServiceOptions Options = new();

    private static readonly Uri Root = new("http://localhost/odata/");

    public static ODataRequest Parse(string target) => new ODataRequestParser(CubeEdmModel.Instance, Options).Parse(Root, target);

    public static TranslatedQuery Collection(string target) => new ODataSqlTranslator(Options).Collection(Parse(target), Options.PageSize);

    public static SqlStatement Rows(string target) => SqlRenderer.Render(Collection(target).Rows);

    public static SqlStatement Count(string target) => SqlRenderer.Render(Collection(target).Count!);

    public static SqlStatement CountSegment(string target) => SqlRenderer.Render(new ODataSqlTranslator(Options).Count(Parse(target)));

    public static SqlStatement Entity(string target) => SqlRenderer.Render(new ODataSqlTranslator(Options).Entity(Parse(target)).Rows);

    /// <summary>The status and target of the error a request is refused with.</summary>
    public static ODataServiceException Refusal(string target) => Assert.Throws<ODataServiceException>(() =>
    {
        var request = Parse(target);
        _ = request.Kind == ODataRequestKind.Count ? new ODataSqlTranslator(Options).Count(request) : Collection(target).Rows;
    });
}
