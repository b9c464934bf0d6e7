using System.Net;
using EcomCompare.OData.Model;
using EcomCompare.Testing;
using EcomCompare.Views.Exports;
using Microsoft.OData.Edm;

namespace EcomCompare.OData.Tests;

/// <summary>
/// The export addresses name only what the service has: every entity set and property of <see cref="ODataNames"/>
/// is in the EDM model, and the share methods are the model's own.
/// </summary>
public sealed class ExportNamesTests
{
    [Fact]
    public void EveryNameTheExportAddressesUseIsInTheModel()
    {
        var container = CubeEdmModel.Instance.EntityContainer;
        foreach (var set in ODataNames.EntitySets)
        {
            Assert.NotNull(container.FindEntitySet(set));
        }

        foreach (var (set, properties) in ODataNames.Properties)
        {
            var type = container.FindEntitySet(set).EntityType;
            Assert.All(properties, p => Assert.NotNull(type.FindProperty(p)));
        }

        Assert.Equal(
            [CubeEdmModel.ShareOfRow, CubeEdmModel.ShareOfColumn, CubeEdmModel.ShareOfTotal],
            new[] { ODataNames.ShareOfRow, ODataNames.ShareOfColumn, ODataNames.ShareOfTotal }.Select(m => ODataNames.Namespace + "." + m));
    }

    [Fact]
    public async Task AHostNameTheServiceDoesNotAnswerToGetsAnODataError()
    {
        await using var server = await KestrelServer.StartAsync(null, "--AllowedHosts", "localhost");
        using var request = new HttpRequestMessage(HttpMethod.Get, "odata/FundingSplits");
        request.Headers.Host = "evil.example";
        using var response = await server.Client.SendAsync(request);
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Host", error.GetProperty("target").GetString());
        Assert.Contains("evil.example", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
