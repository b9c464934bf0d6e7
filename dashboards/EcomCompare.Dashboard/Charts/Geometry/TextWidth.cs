namespace EcomCompare.Dashboard.Charts.Geometry;

/// <summary>
/// A rough width of a label in the dashboard's sans-serif font, to decide whether a value fits inside its bar
/// segment. Deliberately generous: a label that is left out is better than one that overflows its bar.
/// </summary>
public static class TextWidth
{
    /// <summary>Estimated pixel width of <paramref name="text"/> at <paramref name="fontSize"/> px.</summary>
    public static double Estimate(string text, double fontSize)
    {
        double em = 0;
        foreach (var c in text)
        {
            em += c switch
            {
                '.' or ',' or ':' or ';' or '|' or 'i' or 'l' or 'í' or 'ì' or 'ỉ' or 'ĩ' or 'ị' or '\'' => 0.3,
                ' ' or 'f' or 't' or 'r' or 'j' or '(' or ')' or '-' => 0.38,
                '%' or 'm' or 'w' or 'M' or 'W' => 0.9,
                >= '0' and <= '9' => 0.58,
                _ when char.IsUpper(c) => 0.68,
                _ => 0.56,
            };
        }

        return em * fontSize;
    }
}
