using RevenueCycle.Core.Common.Pdf;
using SkiaSharp;

namespace RevenueCycle.Core.Denials;

/// <summary>
/// Prints an <see cref="AppealLetter"/> as a US Letter PDF with one-inch margins: a centred letterhead, the date, the
/// payer's address where a #10 window envelope shows it, the "RE:" block, the body (word-wrapped; a word longer than a
/// line is broken), and the signature block, which is never split from its closing. Text that does not fit continues on
/// further pages headed "Appeal – claim X – page n".
/// </summary>
public static class AppealLetterWriter
{
    /// <summary>Left margin in points (1 in).</summary>
    public const float LeftMargin = 72f;

    /// <summary>Right margin in points from the left edge (1 in from the right).</summary>
    public const float RightMargin = 540f;

    /// <summary>Lowest baseline of body text, in points from the top (1 in from the bottom).</summary>
    public const float BottomMargin = 720f;

    private const float BodySize = 11f;
    private const float Leading = 14.5f;
    private const float ParagraphGap = 8f;
    private const float ContinuationTop = 96f;
    private const float RecipientTop = 166f;
    private const float ReferenceValueX = 196f;

    private enum Style
    {
        Body,
        Bold,
        LetterheadName,
        LetterheadLine,
        Header,
    }

    private sealed record Op(string Text, float X, float Y, Style Style);

    /// <summary>The pages the letter takes.</summary>
    public static int PageCount(AppealLetter letter) => Layout(letter).Count;

    /// <summary>The letter as a PDF.</summary>
    public static byte[] Write(AppealLetter letter)
    {
        var pages = Layout(letter);
        return PdfDocuments.Write($"Appeal - claim {letter.ClaimNumber}", pages.Count, (canvas, i) => Draw(canvas, pages[i], i == 0));
    }

    /// <summary>One page of the letter as a PNG (a preview), by 0-based index.</summary>
    public static byte[] RenderPng(AppealLetter letter, int pageIndex, float scale = 2f)
    {
        var pages = Layout(letter);
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pageIndex, pages.Count);
        return PdfDocuments.RenderPng(canvas => Draw(canvas, pages[pageIndex], pageIndex == 0), scale);
    }

    // Measured and drawn with the same settings, so a wrapped line ends where it was measured to end.
    private static SKFont Font(Style style) => new(
        style is Style.Bold or Style.LetterheadName ? PdfFonts.SerifBold : PdfFonts.Serif,
        style switch
        {
            Style.LetterheadName => 17f,
            Style.LetterheadLine => 9.5f,
            Style.Header => 8.5f,
            _ => BodySize,
        })
    {
        Subpixel = true,
        Hinting = SKFontHinting.None,
    };

    private static List<List<Op>> Layout(AppealLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var body = Font(Style.Body);
        using var bold = Font(Style.Bold);
        using var name = Font(Style.LetterheadName);
        using var small = Font(Style.LetterheadLine);
        var pages = new List<List<Op>> { new() };
        var ops = pages[0];

        // Letterhead: the practice's name, then its address and phone on one centred line each.
        var y = 62f;
        var centre = PdfDocuments.LetterWidth / 2;
        for (var i = 0; i < letter.Letterhead.Count; i++)
        {
            var font = i == 0 ? name : small;
            foreach (var line in TextWrap.Wrap(letter.Letterhead[i], font, RightMargin - LeftMargin))
            {
                ops.Add(new Op(line, centre - (font.MeasureText(line) / 2), y, i == 0 ? Style.LetterheadName : Style.LetterheadLine));
                y += i == 0 ? 15f : 11.5f;
            }
        }

        y = Math.Max(y + 18f, 132f);
        ops.Add(new Op(letter.Date, LeftMargin, y, Style.Body));

        // The recipient starts at a fixed place so that it shows through the window of a #10 envelope.
        y = Math.Max(y + 30f, RecipientTop);
        foreach (var line in letter.Recipient)
        {
            foreach (var wrapped in TextWrap.Wrap(line, body, 252f))
            {
                ops.Add(new Op(wrapped, LeftMargin, y, Style.Body));
                y += 12.5f;
            }
        }

        y = Math.Max(y + 20f, 252f);
        // One value column for the whole block, just right of the longest label.
        var labelX = LeftMargin + 30f;
        var valueColumn = Math.Max(ReferenceValueX, letter.Reference.Select(r => labelX + bold.MeasureText(r.Label) + 10f).DefaultIfEmpty(0f).Max());
        var first = true;
        foreach (var reference in letter.Reference)
        {
            if (first)
            {
                ops.Add(new Op("RE:", LeftMargin, y, Style.Bold));
            }

            first = false;
            if (reference.Label.Length > 0)
            {
                ops.Add(new Op(reference.Label, labelX, y, Style.Bold));
            }

            var valueX = reference.Label.Length > 0 ? valueColumn : labelX;
            foreach (var line in TextWrap.Wrap(reference.Value, body, RightMargin - valueX))
            {
                Place(line, valueX, Style.Body, 13f);
            }
        }

        y += 14f;
        foreach (var paragraph in letter.Paragraphs)
        {
            foreach (var line in TextWrap.Wrap(paragraph, body, RightMargin - LeftMargin))
            {
                Place(line, LeftMargin, Style.Body, Leading);
            }

            y += ParagraphGap;
        }

        // The signature block is kept on one page: a closing alone at the foot of a page looks unfinished.
        y += 6f;
        var signatureHeight = letter.Signature.Count * Leading;
        if (y + signatureHeight > BottomMargin + Leading && signatureHeight <= BottomMargin - ContinuationTop)
        {
            NewPage();
        }

        foreach (var line in letter.Signature)
        {
            Place(line, LeftMargin, Style.Body, Leading);
        }

        var total = pages.Count;
        for (var i = 1; i < total; i++)
        {
            pages[i].Add(new Op($"Appeal \u2013 claim {letter.ClaimNumber} \u2013 page {i + 1}", LeftMargin, 54f, Style.Header));
        }

        return pages;

        void NewPage()
        {
            ops = [];
            pages.Add(ops);
            y = ContinuationTop;
        }

        // Puts one line at the current position, starting a new page when it would cross the bottom margin.
        void Place(string text, float x, Style style, float advance)
        {
            if (y > BottomMargin)
            {
                NewPage();
            }

            if (text.Length > 0)
            {
                ops.Add(new Op(text, x, y, style));
            }

            y += advance;
        }
    }

    private static void Draw(SKCanvas canvas, List<Op> ops, bool firstPage)
    {
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var gray = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
        using var rule = new SKPaint { Color = new SKColor(0x1F, 0x3A, 0x5F), StrokeWidth = 1.2f, IsStroke = true, IsAntialias = true };
        var fonts = Enum.GetValues<Style>().ToDictionary(s => s, Font);
        try
        {
            foreach (var op in ops)
            {
                canvas.DrawText(op.Text, op.X, op.Y, fonts[op.Style], op.Style is Style.Header or Style.LetterheadLine ? gray : ink);
            }

            if (firstPage)
            {
                // A rule under the letterhead, below its last line.
                var bottom = ops.Where(o => o.Style is Style.LetterheadName or Style.LetterheadLine).Select(o => o.Y).DefaultIfEmpty(62f).Max() + 8f;
                canvas.DrawLine(LeftMargin, bottom, RightMargin, bottom, rule);
            }
            else
            {
                using var thin = new SKPaint { Color = SKColors.Gray, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
                canvas.DrawLine(LeftMargin, 60f, RightMargin, 60f, thin);
            }
        }
        finally
        {
            foreach (var font in fonts.Values)
            {
                font.Dispose();
            }
        }
    }
}
