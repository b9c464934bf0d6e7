using EcomCompare.Dashboard.Editing;
using EcomCompare.Ingestion.Manifest;

namespace EcomCompare.Dashboard.Tests;

public sealed class EditTextTests
{
    // The check page shows the table's shape to an analyst: a code such as "whole-period-columns" is not a word of
    // either language, so every shape the reader can report needs words in both.
    public static TheoryData<string> ShapesTheReaderReports() =>
        new(ManifestReader.Shapes.Concat(["year-rows", "source-rows"])); // the last two: ByYearParser's, internal there

    [Theory]
    [MemberData(nameof(ShapesTheReaderReports))]
    public void EveryShapeHasWordsInBothLanguages(string shape)
    {
        Assert.NotEqual(shape, EditText.Vi.ShapeName(shape));
        Assert.NotEqual(shape, EditText.En.ShapeName(shape));
        Assert.DoesNotContain('-', EditText.Vi.ShapeName(shape));
    }

    [Fact]
    public void AShapeWithoutWordsIsShownAsItsCode() => Assert.Equal("new-shape", EditText.En.ShapeName("new-shape"));
}
