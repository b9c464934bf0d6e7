namespace EcomCompare.Access;

/// <summary>What a request supplied, made safe to log: bounded in length, control characters shown as <c>?</c>.</summary>
public static class LogText
{
    /// <summary>The longest text from a request a log line carries.</summary>
    public const int MaxLength = 128;

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, with its full length when cut.</summary>
    public static string Bound(string? text, int max = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length > max ? text[..max] : text;
        var clean = string.Create(cut.Length, cut, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return text.Length > max ? $"{clean}… ({text.Length} characters)" : clean;
    }
}
