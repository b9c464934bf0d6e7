using PdfSharp.Fonts;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// PDFsharp's fonts for every PDF the tests draw: Noto Sans (the generator's plans) and Noto Serif (the drawn plans of
/// Documents/TestPdf), from Debian's fonts-noto-core, which has every Vietnamese letter with its diacritics.
/// PDFsharp's resolver is process-wide and set once: one resolver must know every family the tests use, or the
/// first test class to draw decides the fonts — and so the line breaks — of all the others.
/// </summary>
internal sealed class NotoFonts : IFontResolver
{
    public const string Family = "Noto Sans";

    public const string Folder = "/usr/share/fonts/truetype/noto";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new NotoFonts();
        return true;
    });

    /// <summary>Sets the resolver, once per process.</summary>
    public static void Install()
    {
        if (!File.Exists(Path.Combine(Folder, "NotoSans-Regular.ttf")))
        {
            throw new InvalidOperationException($"Noto Sans is not in {Folder}: install Debian's fonts-noto-core (make system-deps does)");
        }

        _ = Installed.Value;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = familyName.Contains("Serif", StringComparison.OrdinalIgnoreCase) ? "NotoSerif" : "NotoSans";
        return new(face + (bold ? "-Bold" : italic ? "-Italic" : "-Regular"));
    }

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Folder, faceName + ".ttf"));
}
