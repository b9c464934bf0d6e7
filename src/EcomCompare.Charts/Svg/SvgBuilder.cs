using System.Globalization;
using System.Text;
using EcomCompare.Charts.Text;

namespace EcomCompare.Charts.Svg;

/// <summary>
/// Writes SVG markup: one element per line (so golden files diff line by line), every number formatted with the
/// invariant culture and at most two decimals, every text XML-escaped. No ids, no timestamps: the same calls give
/// the same bytes.
/// </summary>
internal sealed class SvgBuilder
{
    private readonly StringBuilder _markup = new();
    private int _depth;

    public SvgBuilder(double width, double height, string label)
    {
        _markup.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(width))
            .Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" font-family=\"").Append(Escape(TextMeasure.FontFamilyCss))
            .Append("\" role=\"img\" aria-label=\"").Append(Escape(label)).Append("\">\n");
        _depth = 1;
    }

    /// <summary>The <c>&lt;title&gt;</c> (tooltip, accessible name) and <c>&lt;desc&gt;</c> of the picture.</summary>
    public SvgBuilder Describe(string title, string? description)
    {
        Indent().Append("<title>").Append(Escape(title)).Append("</title>\n");
        if (!string.IsNullOrEmpty(description))
        {
            Indent().Append("<desc>").Append(Escape(description)).Append("</desc>\n");
        }

        return this;
    }

    public SvgBuilder Rect(Box box, string fill, string? stroke = null, double strokeWidth = 1, double radius = 0)
    {
        Indent().Append("<rect x=\"").Append(N(box.X)).Append("\" y=\"").Append(N(box.Y))
            .Append("\" width=\"").Append(N(Math.Max(0, box.Width))).Append("\" height=\"").Append(N(Math.Max(0, box.Height)))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (radius > 0)
        {
            _markup.Append(" rx=\"").Append(N(radius)).Append('"');
        }

        Stroke(stroke, strokeWidth, null);
        _markup.Append("/>\n");
        return this;
    }

    public SvgBuilder Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, string? dash = null)
    {
        Indent().Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1))
            .Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2)).Append('"');
        Stroke(stroke, strokeWidth, dash);
        _markup.Append("/>\n");
        return this;
    }

    public SvgBuilder Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double strokeWidth, string? dash)
    {
        Indent().Append("<polyline points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            _markup.Append(i == 0 ? string.Empty : " ").Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
        }

        _markup.Append("\" fill=\"none\"");
        Stroke(stroke, strokeWidth, dash);
        _markup.Append(" stroke-linejoin=\"round\"/>\n");
        return this;
    }

    public SvgBuilder Circle(double cx, double cy, double r, string fill, string? stroke = null, double strokeWidth = 1)
    {
        Indent().Append("<circle cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r))
            .Append("\" fill=\"").Append(fill).Append('"');
        Stroke(stroke, strokeWidth, null);
        _markup.Append("/>\n");
        return this;
    }

    public SvgBuilder Polygon(IReadOnlyList<(double X, double Y)> points, string fill, string? stroke = null, double strokeWidth = 1)
    {
        Indent().Append("<polygon points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            _markup.Append(i == 0 ? string.Empty : " ").Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
        }

        _markup.Append("\" fill=\"").Append(fill).Append('"');
        Stroke(stroke, strokeWidth, null);
        _markup.Append("/>\n");
        return this;
    }

    /// <summary>A text whose baseline is at <paramref name="y"/>; <paramref name="rotate"/> degrees about (x, y).</summary>
    public SvgBuilder Text(double x, double y, string text, double size, string fill, TextAnchor anchor = TextAnchor.Start, bool bold = false, double rotate = 0, bool halo = false)
    {
        Indent().Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" font-size=\"").Append(N(size)).Append('"');
        if (bold)
        {
            _markup.Append(" font-weight=\"bold\"");
        }

        if (anchor != TextAnchor.Start)
        {
            _markup.Append(" text-anchor=\"").Append(anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        }

        if (rotate != 0)
        {
            _markup.Append(" transform=\"rotate(").Append(N(rotate)).Append(' ').Append(N(x)).Append(' ').Append(N(y)).Append(")\"");
        }

        if (halo)
        {
            // A white outline under the glyphs keeps a label readable where it crosses a line or gridline.
            _markup.Append(" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }

        _markup.Append(" fill=\"").Append(fill).Append("\">").Append(Escape(text)).Append("</text>\n");
        return this;
    }

    /// <summary>Opens a <c>&lt;g&gt;</c> with a class naming what it holds (for readers of the markup and tests).</summary>
    public SvgBuilder Group(string className)
    {
        Indent().Append("<g class=\"").Append(Escape(className)).Append("\">\n");
        _depth++;
        return this;
    }

    public SvgBuilder EndGroup()
    {
        _depth--;
        Indent().Append("</g>\n");
        return this;
    }

    public override string ToString() => _markup + "</svg>\n";

    /// <summary>A coordinate or size: invariant culture, at most two decimals, never "-0".</summary>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>XML-escapes text and drops characters XML 1.0 cannot carry (controls, lone surrogates).</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c) && (c >= ' ' || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF'))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    private void Stroke(string? stroke, double width, string? dash)
    {
        if (stroke is null)
        {
            return;
        }

        _markup.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(N(width)).Append('"');
        if (dash is not null)
        {
            _markup.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }
    }

    private StringBuilder Indent() => _markup.Append(' ', _depth * 2);
}
