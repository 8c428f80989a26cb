using RevenueCycle.Core.Common.Pdf;
using SkiaSharp;

namespace RevenueCycle.Core.Claims.Paper;

/// <summary>
/// The faces the CMS-1500 is printed with: a monospace face for the data (NUCC asks for a fixed-pitch font) and a narrow
/// sans face for the form's captions. Faces are looked up with <see cref="PdfFonts.Load(string[])"/>, which falls back to
/// <see cref="SKTypeface.Default"/>, so a PDF is always produced.
/// </summary>
public static class Cms1500Fonts
{
    private static readonly Lazy<SKTypeface> DataFace = new(() => PdfFonts.Load("DejaVu Sans Mono", "Liberation Mono", "Courier New"));
    private static readonly Lazy<SKTypeface> FormFace = new(() => PdfFonts.Load("Liberation Sans Narrow", "DejaVu Sans", "Liberation Sans", "Arial"));

    /// <summary>The face for claim data.</summary>
    public static SKTypeface Data => DataFace.Value;

    /// <summary>The face for the form's captions (plain-paper mode).</summary>
    public static SKTypeface Form => FormFace.Value;
}
