using SkiaSharp;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// Noto Sans, regular and bold, loaded from the files Debian's <c>fonts-noto-core</c> installs — never a font the
/// system happens to resolve, so every machine draws the same glyphs (Vietnamese diacritics included) and the same
/// bytes. Loaded once per process and registered with ScottPlot (for its axes) under <see cref="Family"/>; missing files are a
/// <see cref="ChartFontException"/> saying what to install.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The family name every chart text uses (also what an SVG names).</summary>
    public const string Family = "Noto Sans";

    /// <summary>Where Debian's fonts-noto-core puts Noto Sans.</summary>
    public const string DefaultDirectory = "/usr/share/fonts/truetype/noto";

    private const string RegularFile = "NotoSans-Regular.ttf";
    private const string BoldFile = "NotoSans-Bold.ttf";

    private static readonly Lock Gate = new();
    private static (SKTypeface Regular, SKTypeface Bold)? _loaded;

    /// <summary>The regular face.</summary>
    public static SKTypeface Regular => Load().Regular;

    /// <summary>The bold face.</summary>
    public static SKTypeface Bold => Load().Bold;

    /// <summary>Loads (once) and registers the faces.</summary>
    /// <exception cref="ChartFontException">A font file is missing or unreadable.</exception>
    public static (SKTypeface Regular, SKTypeface Bold) Load()
    {
        lock (Gate)
        {
            if (_loaded is not { } loaded)
            {
                loaded = LoadFrom(DefaultDirectory);
                ScottPlot.Fonts.AddFontFile(Family, Path.Combine(DefaultDirectory, RegularFile), bold: false, italic: false);
                ScottPlot.Fonts.AddFontFile(Family, Path.Combine(DefaultDirectory, BoldFile), bold: true, italic: false);
                _loaded = loaded;
            }

            return loaded;
        }
    }

    /// <summary>The two faces from <paramref name="directory"/> (not registered; the caller disposes them).</summary>
    /// <exception cref="ChartFontException">A font file is missing or unreadable.</exception>
    internal static (SKTypeface Regular, SKTypeface Bold) LoadFrom(string directory) =>
        (FromFile(Path.Combine(directory, RegularFile)), FromFile(Path.Combine(directory, BoldFile)));

    private static SKTypeface FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ChartFontException(
                $"charts need the font {path} (Debian package fonts-noto-core: `make run` installs it, or run `apt-get install fonts-noto-core`)");
        }

        return SKTypeface.FromFile(path) ?? throw new ChartFontException($"{path} is not a font SkiaSharp can read");
    }
}
