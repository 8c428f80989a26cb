using SkiaSharp;

namespace RevenueCycle.Core.Common.Pdf;

/// <summary>
/// Writes pages drawn on a Skia canvas (points, origin at the top-left corner) as a PDF, or one page as a PNG for a
/// preview. Every document RevenueCycle prints goes through here so metadata and raster settings stay the same.
/// </summary>
public static class PdfDocuments
{
    /// <summary>US Letter width in points (8.5 in).</summary>
    public const float LetterWidth = 612f;

    /// <summary>US Letter height in points (11 in).</summary>
    public const float LetterHeight = 792f;

    /// <summary>A PDF of <paramref name="pages"/> US Letter pages, each drawn by <paramref name="draw"/> with its 0-based index.</summary>
    public static byte[] Write(string title, int pages, Action<SKCanvas, int> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pages);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "RevenueCycle",
            Producer = "RevenueCycle",
            RasterDpi = 300,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < pages; i++)
            {
                var canvas = document.BeginPage(LetterWidth, LetterHeight);
                draw(canvas, i);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>A US Letter page drawn by <paramref name="draw"/> as a PNG, <paramref name="scale"/> pixels per point, on white.</summary>
    public static byte[] RenderPng(Action<SKCanvas> draw, float scale = 2f)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        using var bitmap = new SKBitmap((int)Math.Ceiling(LetterWidth * scale), (int)Math.Ceiling(LetterHeight * scale));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            draw(canvas);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
