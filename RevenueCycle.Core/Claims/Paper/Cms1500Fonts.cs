using SkiaSharp;

namespace RevenueCycle.Core.Claims.Paper;

/// <summary>
/// The faces the CMS-1500 is printed with: a monospace face for the data (NUCC asks for a fixed-pitch font) and a narrow
/// sans face for the form's captions. When none of the preferred families is installed the output falls back to
/// <see cref="SKTypeface.Default"/>, so a PDF is always produced.
/// </summary>
public static class Cms1500Fonts
{
    private static readonly Lazy<SKTypeface> DataFace = new(() => Load("DejaVu Sans Mono", "Liberation Mono", "Courier New"));
    private static readonly Lazy<SKTypeface> FormFace = new(() => Load("Liberation Sans Narrow", "DejaVu Sans", "Liberation Sans", "Arial"));

    /// <summary>The face for claim data.</summary>
    public static SKTypeface Data => DataFace.Value;

    /// <summary>The face for the form's captions (plain-paper mode).</summary>
    public static SKTypeface Form => FormFace.Value;

    /// <summary>The first installed family of <paramref name="families"/>, or <see cref="SKTypeface.Default"/> when none is.</summary>
    public static SKTypeface Load(params string[] families)
    {
        ArgumentNullException.ThrowIfNull(families);
        foreach (var family in families)
        {
            // Fontconfig answers an unknown family with its default face; accept a face only when the family matches.
            var typeface = SKTypeface.FromFamilyName(family);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                return typeface;
            }
        }

        return SKTypeface.Default;
    }
}
