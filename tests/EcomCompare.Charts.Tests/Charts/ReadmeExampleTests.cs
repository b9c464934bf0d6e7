using EcomCompare.Charts.Tests.Support;
using EcomCompare.Testing;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>
/// The example pictures the README shows (<c>src/EcomCompare.Charts/examples/</c>) are the charts' own output at
/// the URLs the README gives; <c>ECOMCOMPARE_UPDATE_GOLDENS=1</c> redraws them with the goldens.
/// </summary>
[Collection(ChartCollection.Name)]
public sealed class ReadmeExampleTests(ChartFixture fixture)
{
    /// <summary>File name → the chart URL the README gives for it.</summary>
    public static TheoryData<string, string> Examples => new()
    {
        { "funding-split.png", "funding-split.png" },
        { "funding-split-multiples.png", "funding-split.png?layout=multiples&measure=amount&height=640" },
        { "funding-trend.png", "funding-trend.png" },
        { "funding-trend-columns.png", "funding-trend.png?layout=columns&width=1000" },
        { "categories.png", "categories.png" },
        { "categories-heatmap-en.png", "categories.png?layout=heatmap&lang=en" },
        { "co-financing.png", "co-financing.png" },
    };

    private static string Folder => Path.Combine(RepoPaths.Root, "src", "EcomCompare.Charts", "examples");

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task TheReadmeShowsEachExampleWithTheUrlThatDrawsIt(string file, string url)
    {
        var path = Path.Combine(Folder, file);
        var request = await fixture.RequestAsync(url);
        if (Goldens.Updating)
        {
            Directory.CreateDirectory(Folder);
            await File.WriteAllBytesAsync(path, await fixture.RenderAsync(url));
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with ECOMCOMPARE_UPDATE_GOLDENS=1");
        Assert.Equal((request.PixelWidth, request.PixelHeight), PngImage.Size(await File.ReadAllBytesAsync(path)));
        var readme = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains($"src/EcomCompare.Charts/examples/{file}", readme, StringComparison.Ordinal);
        Assert.Contains($"/charts/{url}", readme, StringComparison.Ordinal);
    }
}
