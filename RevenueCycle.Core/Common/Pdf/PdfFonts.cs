using SkiaSharp;

namespace RevenueCycle.Core.Common.Pdf;

/// <summary>
/// The faces RevenueCycle's PDFs are printed with, chosen from the families a Linux host usually has (Liberation,
/// DejaVu) with the Windows names as a last try. When none of the preferred families is installed the output falls back
/// to <see cref="SKTypeface.Default"/>, so a PDF is always produced.
/// </summary>
public static class PdfFonts
{
    private static readonly string[] SansFamilies = ["Liberation Sans", "DejaVu Sans", "Arial"];
    private static readonly string[] SerifFamilies = ["Liberation Serif", "DejaVu Serif", "Times New Roman"];

    private static readonly Lazy<SKTypeface> SansFace = new(() => Load(SansFamilies));
    private static readonly Lazy<SKTypeface> SansBoldFace = new(() => Load(SKFontStyle.Bold, SansFamilies));
    private static readonly Lazy<SKTypeface> SerifFace = new(() => Load(SerifFamilies));
    private static readonly Lazy<SKTypeface> SerifBoldFace = new(() => Load(SKFontStyle.Bold, SerifFamilies));

    /// <summary>A proportional sans face for forms and tables (statements).</summary>
    public static SKTypeface Sans => SansFace.Value;

    /// <summary>The bold weight of <see cref="Sans"/>.</summary>
    public static SKTypeface SansBold => SansBoldFace.Value;

    /// <summary>A serif face for letters (appeals).</summary>
    public static SKTypeface Serif => SerifFace.Value;

    /// <summary>The bold weight of <see cref="Serif"/>.</summary>
    public static SKTypeface SerifBold => SerifBoldFace.Value;

    /// <summary>The first installed family of <paramref name="families"/> in its regular weight, or <see cref="SKTypeface.Default"/> when none is.</summary>
    public static SKTypeface Load(params string[] families) => Load(SKFontStyle.Normal, families);

    /// <summary>The first installed family of <paramref name="families"/> in <paramref name="style"/>, or <see cref="SKTypeface.Default"/> when none is.</summary>
    public static SKTypeface Load(SKFontStyle style, params string[] families)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(families);
        foreach (var family in families)
        {
            // Fontconfig answers an unknown family with its default face; accept a face only when the family matches.
            var typeface = SKTypeface.FromFamilyName(family, style);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                return typeface;
            }
        }

        return SKTypeface.Default;
    }
}
