using System.Globalization;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Common.Pdf;
using SkiaSharp;

namespace RevenueCycle.Core.Statements;

/// <summary>
/// Prints patient statements as a US Letter PDF meant to be tri-folded into a #10 window envelope: the guarantor's
/// address sits in <see cref="RecipientWindow"/>, the visits follow in a table (charge, insurance paid, insurance
/// adjusted, patient paid, patient balance), and the last page of each patient carries the totals, the aging, the
/// message and a tear-off remittance stub below <see cref="TearLine"/>. Visits that do not fit continue on further pages
/// that repeat the header and say "continued".
/// </summary>
public static class PatientStatementWriter
{
    /// <summary>Left page margin in points.</summary>
    public const float LeftMargin = 36f;

    /// <summary>Right page margin in points from the left edge (0.5 in from the right).</summary>
    public const float RightMargin = 576f;

    /// <summary>
    /// The dashed line above the remittance stub, in points from the top: the lower fold of a tri-folded letter
    /// (11 in - 11/3 in), so the stub is the bottom panel.
    /// </summary>
    public const float TearLine = 528f;

    /// <summary>
    /// The part of page 1 that shows through the address window of a standard #10 envelope (window 4.5 by 1.125 in,
    /// 7/8 in from the left and 1/2 in from the bottom) when the letter is tri-folded and rests on its fold, with room for
    /// the letter to shift: 1 to 4.5 in from the left, 2.08 to 3.17 in from the top.
    /// </summary>
    public static SKRect RecipientWindow { get; } = new(72f, 150f, 324f, 228f);

    private const float TableFontSize = 9f;
    private const float LineLeading = 11.5f;
    private const float FirstBodyTop = 284f;
    private const float ContinuationBodyTop = 204f;
    private const float FullBodyBottom = 740f;
    private const float DateX = LeftMargin;
    private const float CodeX = 100f;
    private const float DescriptionX = 146f;
    private const float DescriptionRight = 292f;
    private static readonly float[] MoneyRight = [352f, 408f, 464f, 520f, RightMargin];

    /// <summary>The pages one patient's statement takes.</summary>
    public static int PageCount(PatientStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return Paginate(statement).Count;
    }

    /// <summary>One PDF holding every statement in order; each patient starts on a new page.</summary>
    /// <exception cref="ArgumentException">No statements were given.</exception>
    public static byte[] Write(IReadOnlyList<PatientStatement> statements)
    {
        var pages = Compose(statements);
        return PdfDocuments.Write(statements.Count == 1 ? $"Statement {statements[0].StatementNumber}" : "Patient statements", pages.Count, (canvas, i) => Draw(canvas, pages[i]));
    }

    /// <summary>One page of the same output as a PNG (a preview), by its 0-based index over all statements' pages.</summary>
    public static byte[] RenderPng(IReadOnlyList<PatientStatement> statements, int pageIndex, float scale = 2f)
    {
        var pages = Compose(statements);
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pageIndex, pages.Count);
        return PdfDocuments.RenderPng(canvas => Draw(canvas, pages[pageIndex]), scale);
    }

    private static List<Page> Compose(IReadOnlyList<PatientStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            throw new ArgumentException("At least one statement is needed.", nameof(statements));
        }

        return statements.SelectMany(Paginate).ToList();
    }

    private abstract record Row(float Height);

    private sealed record VisitRow(StatementVisit Visit, bool Continued) : Row(15f);

    private sealed record LineRow(StatementServiceLine Line, IReadOnlyList<string> Description)
        : Row((Math.Max(1, Description.Count) * LineLeading) + 2f);

    private sealed record Page(PatientStatement Statement, IReadOnlyList<Row> Rows, int Number, int Count)
    {
        public bool IsFirst => Number == 1;

        public bool IsLast => Number == Count;
    }

    private static List<Page> Paginate(PatientStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        using var font = TableFont(bold: false);
        var blocks = new List<List<Row>>();
        var maxBlock = FullBodyBottom - FirstBodyTop;
        foreach (var visit in statement.Visits)
        {
            // A visit too long for one page is split at its lines; each piece repeats the visit's date and provider.
            var block = new List<Row> { new VisitRow(visit, false) };
            foreach (var line in visit.Lines)
            {
                var row = new LineRow(line, TextWrap.Wrap(line.Description, font, DescriptionRight - DescriptionX));
                if (block.Count > 1 && block.Sum(r => r.Height) + row.Height > maxBlock)
                {
                    blocks.Add(block);
                    block = [new VisitRow(visit, true)];
                }

                block.Add(row);
            }

            blocks.Add(block);
        }

        var lastBottom = TearLine - ClosingHeight(statement);
        var pages = new List<List<Row>>();
        var next = 0;
        while (true)
        {
            var top = pages.Count == 0 ? FirstBodyTop : ContinuationBodyTop;
            var rest = blocks.Skip(next).ToList();
            if (top + rest.Sum(BlockHeight) <= lastBottom)
            {
                pages.Add(rest.SelectMany(b => b).ToList());
                break;
            }

            var taken = new List<List<Row>>();
            var y = top;
            while (next < blocks.Count && y + BlockHeight(blocks[next]) <= FullBodyBottom)
            {
                y += BlockHeight(blocks[next]);
                taken.Add(blocks[next++]);
            }

            // Everything fitted a full page but not above the totals: the last visit goes over with the totals.
            if (next == blocks.Count && taken.Count > 1)
            {
                taken.RemoveAt(taken.Count - 1);
                next--;
            }

            pages.Add(taken.SelectMany(b => b).ToList());
        }

        return pages.Select((rows, i) => new Page(statement, rows, i + 1, pages.Count)).ToList();
    }

    private static float BlockHeight(List<Row> block) => block.Sum(r => r.Height) + VisitGap;

    private const float VisitGap = 5f;
    private const float TotalsRowHeight = 20f;
    private const float AgingHeight = 40f;

    // Space the last page needs below the visits: totals row, message box, aging table and gaps.
    private static float ClosingHeight(PatientStatement statement) =>
        TotalsRowHeight + 10f + MessageBoxHeight(statement) + AgingHeight + 14f;

    private static float MessageBoxHeight(PatientStatement statement)
    {
        using var font = new SKFont(PdfFonts.Sans, 9.5f);
        var lines = TextWrap.Wrap(statement.Message, font, RightMargin - LeftMargin - 20f).Count;
        return lines == 0 ? 0f : (lines * 12f) + 12f;
    }

    private static SKFont TableFont(bool bold) =>
        new(bold ? PdfFonts.SansBold : PdfFonts.Sans, TableFontSize) { Subpixel = true, Hinting = SKFontHinting.None };

    private static SKFont Font(bool bold, float size) =>
        new(bold ? PdfFonts.SansBold : PdfFonts.Sans, size) { Subpixel = true, Hinting = SKFontHinting.None };

    private static void Draw(SKCanvas canvas, Page page)
    {
        var s = page.Statement;
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var grayInk = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), IsAntialias = true };
        using var band = new SKPaint { Color = new SKColor(0xE8, 0xEC, 0xF0), IsAntialias = true };
        using var rule = new SKPaint { Color = new SKColor(0x99, 0x99, 0x99), StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
        var c = new Ink(canvas, ink, grayInk, band, rule);

        DrawLetterhead(c, page);
        float tableTop;
        if (page.IsFirst)
        {
            DrawRecipient(c, s);
            tableTop = FirstBodyTop - 36f;
        }
        else
        {
            using var bold = Font(true, 10f);
            using var regular = Font(false, 9f);
            var y = 146f;
            c.Text($"Patient: {s.PatientName}", LeftMargin, y, bold);
            c.Text($"Statement for {s.GuarantorName}, continued from page {page.Number - 1}", LeftMargin, y + 13f, regular, gray: true);
            tableTop = ContinuationBodyTop - 36f;
        }

        DrawTableHeader(c, tableTop);
        var rowY = tableTop + 36f;
        using (var regular = TableFont(false))
        using (var bold = TableFont(true))
        {
            foreach (var row in page.Rows)
            {
                var baseline = rowY + 10f;
                switch (row)
                {
                    case VisitRow v:
                        if (rowY > tableTop + 36f)
                        {
                            rowY += VisitGap;
                            baseline += VisitGap;
                            canvas.DrawLine(LeftMargin, rowY - 3f, RightMargin, rowY - 3f, rule);
                        }

                        c.Text(v.Visit.DateOfService.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), DateX, baseline, bold);
                        c.Text(v.Continued ? $"{v.Visit.Provider} (continued)" : v.Visit.Provider, CodeX, baseline, bold);
                        break;
                    case LineRow l:
                        c.Text(l.Line.Code, CodeX, baseline, regular);
                        for (var i = 0; i < l.Description.Count; i++)
                        {
                            c.Text(l.Description[i], DescriptionX, baseline + (i * LineLeading), regular);
                        }

                        DrawAmounts(c, baseline, regular, l.Line.Charge, l.Line.InsurancePaid, l.Line.InsuranceAdjustments, l.Line.PatientPaid, l.Line.PatientBalance);
                        break;
                }

                rowY += row.Height;
            }
        }

        if (!page.IsLast)
        {
            using var footer = Font(true, 9f);
            c.RightText("Continued on next page", RightMargin, 764f, footer);
            return;
        }

        DrawClosing(c, s, rowY + VisitGap);
        DrawStub(c, s);
    }

    private sealed record Ink(SKCanvas Canvas, SKPaint Black, SKPaint Gray, SKPaint Band, SKPaint Rule)
    {
        public void Text(string text, float x, float baseline, SKFont font, bool gray = false)
        {
            if (!string.IsNullOrEmpty(text))
            {
                Canvas.DrawText(text, x, baseline, font, gray ? Gray : Black);
            }
        }

        public void RightText(string text, float right, float baseline, SKFont font, bool gray = false) =>
            Text(text, right - font.MeasureText(text), baseline, font, gray);

        public void CenterText(string text, float center, float baseline, SKFont font, bool gray = false) =>
            Text(text, center - (font.MeasureText(text) / 2), baseline, font, gray);
    }

    private static void DrawAmounts(Ink c, float baseline, SKFont font, params decimal[] amounts)
    {
        for (var i = 0; i < amounts.Length; i++)
        {
            c.RightText(UsMoney.Format(amounts[i]), MoneyRight[i] - 2f, baseline, font);
        }
    }

    private static void DrawLetterhead(Ink c, Page page)
    {
        var s = page.Statement;
        var p = s.Practice;
        using var name = Font(true, 15f);
        using var small = Font(false, 9f);
        c.Text(p.Name, LeftMargin, 52f, name);
        var y = 66f;
        foreach (var line in AddressLines(p.Address))
        {
            c.Text(line, LeftMargin, y, small);
            y += 11f;
        }

        c.Text($"Billing questions: {p.Phone}", LeftMargin, y, small);

        using var title = Font(true, 16f);
        c.RightText(page.IsFirst ? "STATEMENT" : "STATEMENT (continued)", RightMargin, 52f, title);

        // The account box: what the patient quotes when calling the billing office.
        const float boxLeft = 384f;
        const float boxTop = 62f;
        const float rowHeight = 14f;
        var rows = new (string Label, string Value)[]
        {
            ("Statement date", Date(s.StatementDate)),
            ("Statement number", s.StatementNumber),
            ("Account number", s.AccountNumber),
            ("Payment due by", Date(s.DueDate)),
            ("Page", $"{page.Number} of {page.Count}"),
        };
        using var label = Font(false, 8.5f);
        using var value = Font(true, 9f);
        c.Canvas.DrawRect(SKRect.Create(boxLeft, boxTop, RightMargin - boxLeft, rows.Length * rowHeight), c.Band);
        for (var i = 0; i < rows.Length; i++)
        {
            var baseline = boxTop + (i * rowHeight) + 10f;
            c.Text(rows[i].Label, boxLeft + 6f, baseline, label);
            c.RightText(rows[i].Value, RightMargin - 6f, baseline, value);
        }
    }

    private static void DrawRecipient(Ink c, PatientStatement s)
    {
        using var address = Font(false, 10.5f);
        var window = RecipientWindow;
        var y = window.Top + 16f;
        foreach (var line in new[] { s.GuarantorName }.Concat(AddressLines(s.MailingAddress)))
        {
            c.Text(line.ToUpperInvariant(), window.Left, y, address);
            y += 12.5f;
        }

        // Beside the window: who the visits were for and how to pay without a check.
        const float left = 384f;
        using var label = Font(true, 9f);
        using var text = Font(false, 9f);
        var ty = window.Top + 6f;
        c.Text("Patient", left, ty, label);
        c.Text(s.PatientName, left + 60f, ty, text);
        ty += 16f;
        c.Text("Ways to pay", left, ty, label);
        ty += 12f;
        foreach (var line in TextWrap.Wrap(s.Practice.PayBy, text, RightMargin - left))
        {
            c.Text(line, left, ty, text);
            ty += 11.5f;
        }
    }

    private static void DrawTableHeader(Ink c, float top)
    {
        c.Canvas.DrawRect(SKRect.Create(LeftMargin, top, RightMargin - LeftMargin, 28f), c.Band);
        using var font = Font(true, 7.5f);
        var upper = top + 11f;
        var lower = top + 21f;
        c.Text("Date", DateX + 4f, lower, font);
        c.Text("Code", CodeX, lower, font);
        c.Text("Service", DescriptionX, lower, font);
        var headers = new (string Top, string Bottom)[] { ("", "Charge"), ("Insurance", "paid"), ("Insurance", "adjusted"), ("You", "paid"), ("Your", "balance") };
        for (var i = 0; i < headers.Length; i++)
        {
            c.RightText(headers[i].Top, MoneyRight[i] - 2f, upper, font);
            c.RightText(headers[i].Bottom, MoneyRight[i] - 2f, lower, font);
        }
    }

    private static void DrawClosing(Ink c, PatientStatement s, float top)
    {
        // Totals follow the last visit; the message and aging sit just above the tear line.
        using var bold = TableFont(true);
        c.Canvas.DrawLine(LeftMargin, top, RightMargin, top, c.Black);
        var baseline = top + 13f;
        c.Text("Totals", CodeX, baseline, bold);
        var lines = s.Visits.SelectMany(v => v.Lines).ToList();
        DrawAmounts(c, baseline, bold,
            lines.Sum(l => l.Charge), lines.Sum(l => l.InsurancePaid), lines.Sum(l => l.InsuranceAdjustments), lines.Sum(l => l.PatientPaid), lines.Sum(l => l.PatientBalance));

        var agingTop = TearLine - 14f - AgingHeight;
        var messageHeight = MessageBoxHeight(s);
        if (messageHeight > 0)
        {
            var boxTop = agingTop - 10f - messageHeight;
            using var border = new SKPaint { Color = new SKColor(0x33, 0x55, 0x77), StrokeWidth = 1f, IsStroke = true, IsAntialias = true };
            c.Canvas.DrawRoundRect(SKRect.Create(LeftMargin, boxTop, RightMargin - LeftMargin, messageHeight), 4f, 4f, border);
            using var font = new SKFont(PdfFonts.Sans, 9.5f) { Subpixel = true, Hinting = SKFontHinting.None };
            var y = boxTop + 15f;
            foreach (var line in TextWrap.Wrap(s.Message, font, RightMargin - LeftMargin - 20f))
            {
                c.Text(line, LeftMargin + 10f, y, font);
                y += 12f;
            }
        }

        // Aging: five buckets and the amount due, one cell each.
        var cells = new (string Label, decimal Amount)[]
        {
            ("Current", s.Aging.Current),
            ("31-60 days", s.Aging.Days31To60),
            ("61-90 days", s.Aging.Days61To90),
            ("91-120 days", s.Aging.Days91To120),
            ("Over 120 days", s.Aging.Over120),
            ("Amount due", s.AmountDue),
        };
        var width = (RightMargin - LeftMargin) / cells.Length;
        using var label = Font(false, 7.5f);
        using var amount = Font(false, 10f);
        using var due = Font(true, 11f);
        for (var i = 0; i < cells.Length; i++)
        {
            var left = LeftMargin + (i * width);
            var isDue = i == cells.Length - 1;
            var cell = SKRect.Create(left, agingTop, width, AgingHeight);
            c.Canvas.DrawRect(SKRect.Create(left, agingTop, width, 14f), c.Band);
            if (isDue)
            {
                using var heavy = new SKPaint { Color = SKColors.Black, StrokeWidth = 1.5f, IsStroke = true, IsAntialias = true };
                c.Canvas.DrawRect(cell, heavy);
            }
            else
            {
                c.Canvas.DrawRect(cell, c.Rule);
            }

            c.CenterText(isDue ? "AMOUNT DUE" : cells[i].Label, left + (width / 2), agingTop + 10f, label);
            c.RightText(UsMoney.Format(cells[i].Amount), left + width - 6f, agingTop + 32f, isDue ? due : amount);
        }
    }

    private static void DrawStub(Ink c, PatientStatement s)
    {
        using var dashes = new SKPaint { Color = SKColors.Gray, StrokeWidth = 0.8f, IsStroke = true, PathEffect = SKPathEffect.CreateDash([4f, 3f], 0) };
        c.Canvas.DrawLine(18f, TearLine, PdfDocuments.LetterWidth - 18f, TearLine, dashes);
        using var note = Font(false, 7.5f);
        c.CenterText("Please detach and return this portion with your payment. Write your account number on your check.", PdfDocuments.LetterWidth / 2, TearLine + 12f, note, gray: true);

        using var label = Font(false, 8f);
        using var value = Font(true, 10f);
        using var text = Font(false, 10f);
        using var heading = Font(true, 12f);

        // Left: who is paying, then the practice's remit address where a #9 return envelope's window shows it.
        var y = TearLine + 34f;
        c.Text(s.Practice.Name, LeftMargin, y, heading);
        c.Text("REMITTANCE", LeftMargin, y + 13f, note, gray: true);
        y += 32f;
        c.Text("Patient", LeftMargin, y, label, gray: true);
        c.Text(s.PatientName, LeftMargin + 70f, y, text);
        c.Text("Statement date", LeftMargin, y + 14f, label, gray: true);
        c.Text(Date(s.StatementDate), LeftMargin + 70f, y + 14f, text);
        c.Text("Statement no.", LeftMargin, y + 28f, label, gray: true);
        c.Text(s.StatementNumber, LeftMargin + 70f, y + 28f, text);

        var remitTop = TearLine + 160f;
        c.Text("Make checks payable to and mail to:", 72f, remitTop, label, gray: true);
        var ry = remitTop + 15f;
        foreach (var line in new[] { s.Practice.Name }.Concat(AddressLines(s.Practice.Remit)))
        {
            c.Text(line.ToUpperInvariant(), 72f, ry, text);
            ry += 12.5f;
        }

        // Right: the boxes the payment is checked against.
        const float left = 360f;
        const float rowHeight = 26f;
        var top = TearLine + 24f;
        var rows = new (string Label, string Value)[]
        {
            ("Account number", s.AccountNumber),
            ("Payment due by", Date(s.DueDate)),
            ("Amount due", UsMoney.Format(s.AmountDue)),
        };
        for (var i = 0; i < rows.Length; i++)
        {
            var rowTop = top + (i * rowHeight);
            c.Canvas.DrawRect(SKRect.Create(left, rowTop, RightMargin - left, rowHeight), c.Rule);
            c.Text(rows[i].Label, left + 6f, rowTop + 16f, label);
            c.RightText(rows[i].Value, RightMargin - 8f, rowTop + 17f, value);
        }

        var enclosedTop = top + (rows.Length * rowHeight) + 8f;
        using var heavy = new SKPaint { Color = SKColors.Black, StrokeWidth = 1.2f, IsStroke = true, IsAntialias = true };
        c.Canvas.DrawRect(SKRect.Create(left, enclosedTop, RightMargin - left, 34f), heavy);
        c.Text("Amount enclosed", left + 6f, enclosedTop + 21f, value);
        c.Text("$", left + 118f, enclosedTop + 22f, heading);

        var payTop = enclosedTop + 52f;
        c.Text("Other ways to pay", left, payTop, label, gray: true);
        var py = payTop + 12f;
        using var small = Font(false, 8.5f);
        foreach (var line in TextWrap.Wrap(s.Practice.PayBy, small, RightMargin - left))
        {
            c.Text(line, left, py, small);
            py += 10.5f;
        }
    }

    private static IEnumerable<string> AddressLines(Address address)
    {
        yield return address.Line1;
        if (!string.IsNullOrWhiteSpace(address.Line2))
        {
            yield return address.Line2;
        }

        var zip = address.Zip.Length == 9 ? $"{address.Zip[..5]}-{address.Zip[5..]}" : address.Zip;
        yield return $"{address.City}, {address.State} {zip}";
    }

    private static string Date(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
}
