using System.Globalization;
using SkiaSharp;

namespace RevenueCycle.Core.Claims.Paper;

/// <summary>Draws the CMS-1500 form itself (plain-paper mode): outlines, shading, captions and check boxes from <see cref="Cms1500Layout"/>.</summary>
internal static class Cms1500Form
{
    /// <summary>The form's dropout red.</summary>
    internal static readonly SKColor Ink = new(196, 32, 48);

    private static readonly SKColor Shade = new(196, 32, 48, 34);

    private const float CaptionSize = 5.5f;
    private const float CaptionBaseline = 6.3f;
    private const float SubSize = 4.6f;
    private const float SubBaseline = 11.3f;
    private const float InlineSize = 5.5f;

    private enum Style
    {
        Caption,
        Sub,
        Inline,
        Title,
        Heading,
    }

    private sealed record Label(int Line, int Column, string Text, Style Style = Style.Inline, int LastColumn = 0);

    private static readonly Label[] Labels = BuildLabels();

    public static void Draw(SKCanvas canvas, SKTypeface typeface)
    {
        using var fill = new SKPaint { Color = Shade, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { Color = Ink, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f, IsAntialias = true };
        using var heavy = new SKPaint { Color = Ink, Style = SKPaintStyle.Stroke, StrokeWidth = 1.4f, IsAntialias = true };
        using var dotted = new SKPaint
        {
            Color = Ink,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 0.6f,
            PathEffect = SKPathEffect.CreateDash([1.2f, 1.2f], 0),
        };
        using var text = new SKPaint { Color = Ink, IsAntialias = true };
        using var font = new SKFont(typeface, CaptionSize) { Subpixel = true, Hinting = SKFontHinting.None };

        // Shaded supplemental half of each service line, and the shaded NUCC-reserved parts.
        for (var row = 0; row < Cms1500Layout.ServiceLinesPerPage; row++)
        {
            var line = Cms1500Layout.ServiceLineLine(row) - 1;
            canvas.DrawRect(Rect(line, line, 1, 80), fill);
        }

        foreach (var box in Cms1500Layout.Boxes.Where(b => b.Shaded))
        {
            canvas.DrawRect(SKRect.Create(box.Left, box.Top, box.Right - box.Left, box.Bottom - box.Top), fill);
        }

        foreach (var box in Cms1500Layout.Boxes.Where(b => b.Id != "carrier"))
        {
            canvas.DrawRect(SKRect.Create(box.Left, box.Top, box.Right - box.Left, box.Bottom - box.Top), stroke);
            if (box.Caption.Length > 0)
            {
                DrawFitted(canvas, box.Caption, box.Left + 1.5f, box.Top + CaptionBaseline, box.Right - box.Left - 3f, font, CaptionSize, text);
            }
        }

        // Heavy rules: the form's frame and the edges of the service-line block.
        canvas.DrawRect(Rect(7, 61, 1, 80), heavy);
        canvas.DrawLine(Cms1500Layout.GridLeft, Cms1500Layout.LineTop(41), Cms1500Layout.ColumnLeft(81), Cms1500Layout.LineTop(41), heavy);
        canvas.DrawLine(Cms1500Layout.GridLeft, Cms1500Layout.LineTop(55), Cms1500Layout.ColumnLeft(81), Cms1500Layout.LineTop(55), heavy);

        // Dotted separators: dollars | cents in 24F, 28 and 29; From | To in 24A.
        for (var row = 0; row < Cms1500Layout.ServiceLinesPerPage; row++)
        {
            var line = Cms1500Layout.ServiceLineLine(row);
            VerticalDots(canvas, 57, line, line, dotted);
            VerticalDots(canvas, 10, line, line, dotted);
        }

        VerticalDots(canvas, 57, 56, 56, dotted);
        VerticalDots(canvas, 70, 56, 56, dotted);

        // Check boxes at every check-box field.
        foreach (var field in Cms1500Layout.Fields.Where(f => f.Kind == Cms1500FieldKind.CheckBox))
        {
            canvas.DrawRect(SKRect.Create(field.X - 0.2f, field.Baseline - 8.6f, Cms1500Layout.ColumnWidth + 0.4f, 9.6f), stroke);
        }

        foreach (var label in Labels)
        {
            var (size, baseline) = label.Style switch
            {
                Style.Caption => (CaptionSize, CaptionBaseline),
                Style.Sub => (SubSize, SubBaseline),
                Style.Title => (14f, Cms1500Layout.BaselineOffset + 1f),
                Style.Heading => (6.5f, Cms1500Layout.BaselineOffset),
                _ => (InlineSize, Cms1500Layout.BaselineOffset),
            };
            var x = Cms1500Layout.ColumnLeft(label.Column) + (label.Style == Style.Inline ? 0.6f : 1.5f);
            var maxWidth = label.LastColumn > 0 ? Cms1500Layout.ColumnLeft(label.LastColumn + 1) - x - 1f : float.MaxValue;
            DrawFitted(canvas, label.Text, x, Cms1500Layout.LineTop(label.Line) + baseline, maxWidth, font, size, text);
        }
    }

    private static SKRect Rect(int firstLine, int lastLine, int firstColumn, int lastColumn)
    {
        var left = Cms1500Layout.ColumnLeft(firstColumn);
        var top = Cms1500Layout.LineTop(firstLine);
        return new SKRect(left, top, Cms1500Layout.ColumnLeft(lastColumn + 1), Cms1500Layout.LineTop(lastLine + 1));
    }

    private static void VerticalDots(SKCanvas canvas, int column, int firstLine, int lastLine, SKPaint paint)
    {
        var x = Cms1500Layout.ColumnLeft(column);
        canvas.DrawLine(x, Cms1500Layout.LineTop(firstLine), x, Cms1500Layout.LineTop(lastLine + 1), paint);
    }

    private static void DrawFitted(SKCanvas canvas, string value, float x, float baseline, float maxWidth, SKFont font, float size, SKPaint paint)
    {
        // A caption longer than its box is set smaller rather than run into the next box.
        font.Size = size;
        var width = font.MeasureText(value);
        if (width > maxWidth)
        {
            font.Size = size * maxWidth / width;
        }

        canvas.DrawText(value, x, baseline, font, paint);
    }

    private static Label[] BuildLabels()
    {
        List<Label> labels =
        [
            new(4, 1, "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12", Style.Heading),
            new(5, 1, "HEALTH INSURANCE CLAIM FORM", Style.Title),
            new(6, 1, "PICA", Style.Heading),
            new(6, 77, "PICA", Style.Heading),
            new(7, 1, "1. MEDICARE", Style.Caption),
            new(7, 9, "MEDICAID", Style.Caption),
            new(7, 16, "TRICARE", Style.Caption),
            new(7, 25, "CHAMPVA", Style.Caption),
            new(7, 32, "GROUP HEALTH PLAN", Style.Caption),
            new(7, 40, "FECA BLK LUNG", Style.Caption),
            new(7, 46, "OTHER", Style.Caption),
            new(8, 3, "(Medicare#)", LastColumn: 8),
            new(8, 10, "(Medicaid#)", LastColumn: 15),
            new(8, 17, "(ID#/DoD#)", LastColumn: 24),
            new(8, 26, "(Member ID#)", LastColumn: 31),
            new(8, 33, "(ID#)"),
            new(8, 41, "(ID#)"),
            new(8, 47, "(ID#)"),
            new(7, 67, "(For Program in Item 1)", Style.Caption),
            new(9, 31, "MM", Style.Sub),
            new(9, 34, "DD", Style.Sub),
            new(9, 37, "YY", Style.Sub),
            new(9, 43, "SEX", Style.Caption),
            new(10, 44, "M"),
            new(10, 48, "F"),
            new(11, 32, "Self", Style.Sub),
            new(11, 37, "Spouse", Style.Sub),
            new(11, 42, "Child", Style.Sub),
            new(11, 47, "Other", Style.Sub),
            new(16, 14, "("),
            new(16, 18, ")"),
            new(16, 64, "("),
            new(16, 68, ")"),
            new(20, 36, "YES"),
            new(20, 42, "NO"),
            new(22, 36, "YES"),
            new(22, 42, "NO"),
            new(21, 45, "PLACE (State)", Style.Sub),
            new(24, 36, "YES"),
            new(24, 42, "NO"),
            new(19, 52, "MM", Style.Sub),
            new(19, 55, "DD", Style.Sub),
            new(19, 58, "YY", Style.Sub),
            new(19, 68, "SEX", Style.Caption),
            new(20, 69, "M"),
            new(20, 76, "F"),
            new(26, 53, "YES"),
            new(26, 58, "NO"),
            new(26, 61, "If yes, complete items 9, 9a, and 9d.", LastColumn: 80),
            new(27, 8, "READ BACK OF FORM BEFORE COMPLETING & SIGNING THIS FORM.", Style.Heading),
            new(28, 1, "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE  I authorize the release of any medical or other information necessary", Style.Caption, 49),
            new(29, 1, "to process this claim. I also request payment of government benefits either to myself or to the party who accepts assignment below.", Style.Caption, 49),
            new(30, 1, "SIGNED"),
            new(30, 33, "DATE"),
            new(28, 50, "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE  I authorize", Style.Caption, 80),
            new(29, 50, "payment of medical benefits to the undersigned physician or supplier for services described below.", Style.Caption, 80),
            new(30, 50, "SIGNED"),
            new(31, 3, "MM", Style.Sub),
            new(31, 6, "DD", Style.Sub),
            new(31, 9, "YY", Style.Sub),
            new(32, 15, "QUAL."),
            new(32, 30, "QUAL."),
            new(32, 51, "FROM"),
            new(32, 66, "TO"),
            new(34, 51, "FROM"),
            new(34, 66, "TO"),
            new(35, 66, "$ CHARGES", Style.Caption),
            new(36, 52, "YES"),
            new(36, 58, "NO"),
            new(37, 42, "ICD Ind."),
            new(37, 63, "ORIGINAL REF. NO.", Style.Caption),
            new(41, 2, "From", Style.Sub),
            new(41, 11, "To", Style.Sub),
            new(41, 19, "PLACE OF", Style.Sub, 21),
            new(41, 25, "(Explain Unusual Circumstances)", Style.Sub),
            new(41, 44, "DIAGNOSIS", Style.Sub, 48),
            new(41, 59, "DAYS OR", Style.Sub, 62),
            new(41, 63, "EPSDT", Style.Sub, 64),
            new(41, 65, "ID.", Style.Sub),
            new(41, 68, "RENDERING", Style.Sub),
            new(42, 19, "SERVICE", LastColumn: 21),
            new(42, 22, "EMG", LastColumn: 23),
            new(42, 25, "CPT/HCPCS"),
            new(42, 33, "MODIFIER"),
            new(42, 44, "POINTER", LastColumn: 48),
            new(42, 50, "$ CHARGES"),
            new(42, 59, "UNITS", LastColumn: 62),
            new(42, 63, "Family Plan", LastColumn: 64),
            new(42, 65, "QUAL.", LastColumn: 67),
            new(42, 68, "PROVIDER ID. #"),
            new(55, 15, "SSN", Style.Sub),
            new(55, 17, "EIN", Style.Sub),
            new(55, 37, "(For govt. claims, see back)", Style.Sub, 48),
            new(56, 39, "YES"),
            new(56, 44, "NO"),
            new(56, 49, "$"),
            new(56, 62, "$"),
            new(58, 1, "INCLUDING DEGREES OR CREDENTIALS", Style.Caption, 20),
            new(59, 1, "(I certify that the statements on the reverse", Style.Caption, 20),
            new(59, 1, "apply to this bill and are made a part thereof.)", Style.Sub, 20),
            new(61, 8, "DATE"),
            new(57, 66, "("),
            new(57, 70, ")"),
            new(62, 1, "NUCC Instruction Manual available at: www.nucc.org"),
            new(62, 32, "PLEASE PRINT OR TYPE", Style.Heading),
            new(62, 58, "APPROVED OMB-0938-1197 FORM 1500 (02-12)"),
        ];
        for (var i = 0; i < Cms1500Layout.MaxDiagnoses; i++)
        {
            var field = Cms1500Layout.Diagnosis(i);
            labels.Add(new(field.Line, field.Column - 1, ((char)('A' + i)).ToString() + "."));
        }

        for (var row = 0; row < Cms1500Layout.ServiceLinesPerPage; row++)
        {
            var line = Cms1500Layout.ServiceLineLine(row);
            labels.Add(new(line, 65, "NPI"));
            labels.Add(new(line, 0, (row + 1).ToString(CultureInfo.InvariantCulture), Style.Heading));
        }

        return [.. labels];
    }
}
