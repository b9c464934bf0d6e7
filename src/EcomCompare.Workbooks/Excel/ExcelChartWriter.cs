using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace EcomCompare.Workbooks.Excel;

/// <summary>
/// A native Excel chart (a <c>c:chartSpace</c> chart part in a drawing beside the table): its series reference
/// the sheet's cells (<c>'Dữ liệu'!$C$2:$C$4</c>), so editing a number redraws the chart. Each reference also
/// carries a cache of the current values, which readers that do not recalculate show. Elements are appended in
/// the order the DrawingML chart schema requires.
/// </summary>
internal static class ExcelChartWriter
{
    private const uint CategoryAxisId = 50010, ValueAxisId = 50020;

    public static void Add(WorksheetPart part, DataSheet sheet, ExcelChart chart, int fromColumn, int fromRow, int toColumn, int toRow)
    {
        var drawings = part.AddNewPart<DrawingsPart>();
        var chartPart = drawings.AddNewPart<ChartPart>();
        chartPart.ChartSpace = ChartSpace(sheet, chart);
        chartPart.ChartSpace.Save();
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            Marker(new Xdr.FromMarker(), fromColumn, fromRow),
            Marker(new Xdr.ToMarker(), toColumn, toRow),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = 2U, Name = chart.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 0L, Cy = 0L }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(chartPart) })
                {
                    Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                }))
            { Macro = string.Empty },
            new Xdr.ClientData()));
        drawings.WorksheetDrawing.Save();
        part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawings) });
    }

    private static T Marker<T>(T marker, int column, int row)
        where T : DocumentFormat.OpenXml.OpenXmlCompositeElement
    {
        marker.Append(
            new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }

    private static C.ChartSpace ChartSpace(DataSheet sheet, ExcelChart chart)
    {
        var bars = chart.Kind != ExcelChartKind.Line;
        var plotArea = new C.PlotArea(new C.Layout());
        plotArea.Append(bars ? BarChart(sheet, chart) : LineChart(sheet, chart));
        plotArea.Append(CategoryAxis(bars), ValueAxis(chart, bars));
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title, 1200, bold: true),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Top }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.BarChart BarChart(DataSheet sheet, ExcelChart chart)
    {
        var grouping = chart.Kind switch
        {
            ExcelChartKind.BarPercentStacked => C.BarGroupingValues.PercentStacked,
            ExcelChartKind.BarStacked => C.BarGroupingValues.Stacked,
            _ => C.BarGroupingValues.Clustered,
        };
        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar }, new C.BarGrouping { Val = grouping }, new C.VaryColors { Val = false });
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var s = chart.Series[i];
            bar.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(sheet, s),
                new C.ChartShapeProperties(Fill(s.Color)),
                new C.InvertIfNegative { Val = false },
                Categories(sheet, s),
                Values(sheet, s)));
        }

        bar.Append(new C.GapWidth { Val = 60 });
        if (grouping != C.BarGroupingValues.Clustered)
        {
            bar.Append(new C.Overlap { Val = 100 });
        }

        bar.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return bar;
    }

    private static C.LineChart LineChart(DataSheet sheet, ExcelChart chart)
    {
        var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        C.MarkerStyleValues[] symbols = [
            C.MarkerStyleValues.Circle, C.MarkerStyleValues.Square, C.MarkerStyleValues.Triangle, C.MarkerStyleValues.Diamond];
        A.PresetLineDashValues[] dashes = [
            A.PresetLineDashValues.Solid, A.PresetLineDashValues.Dash, A.PresetLineDashValues.SystemDot, A.PresetLineDashValues.DashDot];
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var s = chart.Series[i];
            var outline = new A.Outline(Fill(s.Color), new A.PresetDash { Val = dashes[s.Style % dashes.Length] }) { Width = 28575 };

            line.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(sheet, s),
                new C.ChartShapeProperties(outline),
                new C.Marker(
                    new C.Symbol { Val = symbols[s.Style % symbols.Length] }, new C.Size { Val = 6 }, new C.ChartShapeProperties(Fill(s.Color))),
                Categories(sheet, s),
                Values(sheet, s),
                new C.Smooth { Val = false }));
        }

        line.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return line;
    }

    private static C.SeriesText SeriesName(DataSheet sheet, ExcelSeries series) => series.NameCell is { } cell
        ? new C.SeriesText(new C.StringReference(
            new C.Formula(CellReference.Absolute(sheet.Name, cell.Column, cell.Row)),
            new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(series.Name)) { Index = 0U })))
        : new C.SeriesText(new C.NumericValue(series.Name));

    private static C.CategoryAxisData Categories(DataSheet sheet, ExcelSeries series)
    {
        var formula = new C.Formula(CellReference.Range(sheet.Name, series.CategoryColumn, series.FirstRow, series.LastRow));
        var values = Cells(sheet, series.CategoryColumn, series.FirstRow, series.LastRow);
        if (values.All(v => v is int or long))
        {
            var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
            cache.Append(values.Select((v, i) => new C.NumericPoint(new C.NumericValue(ExcelNumber.Format(v!))) { Index = (uint)i }));
            return new C.CategoryAxisData(new C.NumberReference(formula, cache));
        }

        var strings = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        strings.Append(
            values.Select(
                (v, i) => new C.StringPoint(new C.NumericValue(Convert.ToString(v,
                    CultureInfo.InvariantCulture) ?? string.Empty))
                { Index = (uint)i }));
        return new C.CategoryAxisData(new C.StringReference(formula, strings));
    }

    private static C.Values Values(DataSheet sheet, ExcelSeries series)
    {
        var values = Cells(sheet, series.Column, series.FirstRow, series.LastRow);
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is decimal or double or int or long)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(ExcelNumber.Format(values[i]!))) { Index = (uint)i });
            }
        }

        return new C.Values(
            new C.NumberReference(new C.Formula(CellReference.Range(sheet.Name, series.Column, series.FirstRow, series.LastRow)), cache));
    }

    private static List<object?> Cells(DataSheet sheet, int column, int firstRow, int lastRow) =>
        Enumerable.Range(firstRow, lastRow - firstRow + 1).Select(r => sheet.Rows[r - 2][column].Value).ToList();

    private static C.CategoryAxis CategoryAxis(bool bars) => new(
        new C.AxisId { Val = CategoryAxisId },
        // Bars: the first row at the top, as in the table.
        new C.Scaling(new C.Orientation { Val = bars ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = bars ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis(ExcelChart chart, bool bars) => new(
        new C.AxisId { Val = ValueAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = bars ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
        new C.MajorGridlines(),
        Title(chart.ValueAxisTitle, 1000, bold: false),
        new C.NumberingFormat { FormatCode = chart.ValueFormat, SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = CategoryAxisId },
        // With the categories reversed (bars), the value axis crosses at the last category: it stays at the bottom.
        new C.Crosses { Val = bars ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    private static C.Title Title(string text, int size, bool bold) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = bold }),
                new A.Run(new A.RunProperties { Language = "vi-VN", FontSize = size, Bold = bold }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static A.SolidFill Fill(string color) => new(new A.RgbColorModelHex { Val = color.TrimStart('#').ToUpperInvariant() });
}
