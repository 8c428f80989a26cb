using System.Globalization;
using RevenueCycle.Core.Common;
using SkiaSharp;

namespace RevenueCycle.Core.Claims.Paper;

/// <summary>A shift of the whole print, in points (1/72 inch); positive moves right and down.</summary>
/// <param name="Right">Points to the right (negative: to the left).</param>
/// <param name="Down">Points down (negative: up).</param>
public readonly record struct Cms1500PrintOffset(float Right, float Down)
{
    /// <summary>No shift: the positions of <see cref="Cms1500Layout"/> as they are.</summary>
    public static Cms1500PrintOffset None => default;
}

/// <summary>
/// Writes claims on the CMS-1500 (02/12) as a PDF, one US Letter page per six service lines. Positions come from
/// <see cref="Cms1500Layout"/>; the text follows the NUCC 1500 instructions (upper case, dates MM DD YY or
/// MM DD YYYY, ICD codes without the decimal point, money split into dollars and cents, no punctuation in phone numbers).
/// </summary>
public static class Cms1500Writer
{
    /// <summary>The pages a claim needs: one per six service lines, at least one.</summary>
    public static int PageCount(Cms1500Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Math.Max(1, (claim.Claim.Lines.Count + Cms1500Layout.ServiceLinesPerPage - 1) / Cms1500Layout.ServiceLinesPerPage);
    }

    /// <summary>
    /// One PDF holding every claim in order. A claim with more than six service lines continues on further pages that
    /// repeat the header boxes; box 28 carries the total on the claim's last page and "CONTINUED" on the pages before it.
    /// </summary>
    /// <exception cref="ArgumentException">No claims were given.</exception>
    public static byte[] Write(IReadOnlyList<Cms1500Claim> claims, Cms1500Mode mode) => Write(claims, mode, Cms1500PrintOffset.None);

    /// <summary>
    /// As <see cref="Write(IReadOnlyList{Cms1500Claim}, Cms1500Mode)"/>, with everything moved by <paramref name="offset"/>:
    /// the nudge a particular printer needs to land the data in the boxes of the pre-printed form.
    /// </summary>
    public static byte[] Write(IReadOnlyList<Cms1500Claim> claims, Cms1500Mode mode, Cms1500PrintOffset offset)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            throw new ArgumentException("At least one claim is needed to print a CMS-1500.", nameof(claims));
        }

        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = "CMS-1500 (02/12) claims",
            Creator = "RevenueCycle",
            Producer = "RevenueCycle",
            RasterDpi = 300,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            foreach (var page in claims.SelectMany(Compose))
            {
                var canvas = document.BeginPage(Cms1500Layout.PageWidth, Cms1500Layout.PageHeight);
                canvas.Translate(offset.Right, offset.Down);
                Draw(canvas, page, mode);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// One page of the same output as a PNG (for a preview or a look at the alignment): the page with the given index
    /// over all claims' pages, at <paramref name="scale"/> pixels per point on a white background.
    /// </summary>
    public static byte[] RenderPng(IReadOnlyList<Cms1500Claim> claims, Cms1500Mode mode, int pageIndex, float scale = 2f)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var pages = claims.SelectMany(Compose).ToList();
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pageIndex, pages.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);

        using var bitmap = new SKBitmap((int)Math.Ceiling(Cms1500Layout.PageWidth * scale), (int)Math.Ceiling(Cms1500Layout.PageHeight * scale));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            Draw(canvas, pages[pageIndex], mode);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The text of every field on each page of one claim.</summary>
    internal static IEnumerable<IReadOnlyList<(Cms1500Field Field, string Text)>> Compose(Cms1500Claim claim)
    {
        var pageCount = PageCount(claim);
        for (var page = 0; page < pageCount; page++)
        {
            var items = new List<(Cms1500Field, string)>();
            void Put(Cms1500Field field, string? text)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    items.Add((field, text.Trim().ToUpperInvariant()));
                }
            }

            void Check(Cms1500Field field, bool isChecked)
            {
                if (isChecked)
                {
                    items.Add((field, "X"));
                }
            }

            ComposeHeader(claim, Put, Check);
            var lines = claim.Claim.Lines.Skip(page * Cms1500Layout.ServiceLinesPerPage).Take(Cms1500Layout.ServiceLinesPerPage).ToList();
            for (var row = 0; row < lines.Count; row++)
            {
                ComposeServiceLine(claim, lines[row], Cms1500Layout.ServiceLine(row), Put);
            }

            if (page == pageCount - 1)
            {
                Put(Cms1500Layout.TotalChargeDollars, Dollars(claim.Claim.TotalCharge));
                Put(Cms1500Layout.TotalChargeCents, Cents(claim.Claim.TotalCharge));
                if (claim.AmountPaid != 0)
                {
                    Put(Cms1500Layout.AmountPaidDollars, Dollars(claim.AmountPaid));
                    Put(Cms1500Layout.AmountPaidCents, Cents(claim.AmountPaid));
                }
            }
            else
            {
                Put(Cms1500Layout.TotalChargeContinued, "CONTINUED");
            }

            yield return items;
        }
    }

    private static void ComposeHeader(Cms1500Claim claim, Action<Cms1500Field, string?> put, Action<Cms1500Field, bool> check)
    {
        var c = claim.Claim;
        var subscriber = c.Subscriber;
        var patient = c.Patient;

        put(Cms1500Layout.PayerName, c.Payer.Name);
        if (claim.PayerAddress is { } payerAddress)
        {
            // No second address line: the city line moves up rather than leave a gap in the carrier block.
            var hasLine2 = !string.IsNullOrWhiteSpace(payerAddress.Line2);
            put(Cms1500Layout.PayerAddressLine1, payerAddress.Line1);
            put(hasLine2 ? Cms1500Layout.PayerAddressLine2 : Cms1500Layout.PayerCityStateZip with { Line = Cms1500Layout.PayerAddressLine2.Line }, hasLine2 ? payerAddress.Line2 : CityStateZip(payerAddress));
            if (hasLine2)
            {
                put(Cms1500Layout.PayerCityStateZip, CityStateZip(payerAddress));
            }
        }

        var coverage = claim.Coverage;
        check(Cms1500Layout.Medicare, coverage == Cms1500Coverage.Medicare);
        check(Cms1500Layout.Medicaid, coverage == Cms1500Coverage.Medicaid);
        check(Cms1500Layout.Tricare, coverage == Cms1500Coverage.Tricare);
        check(Cms1500Layout.ChampVa, coverage == Cms1500Coverage.ChampVa);
        check(Cms1500Layout.GroupHealthPlan, coverage == Cms1500Coverage.GroupHealthPlan);
        check(Cms1500Layout.Feca, coverage == Cms1500Coverage.Feca);
        check(Cms1500Layout.OtherCoverage, coverage == Cms1500Coverage.Other);
        put(Cms1500Layout.InsuredId, subscriber.MemberId);

        // Loop 2010CA is present only when the patient is not the subscriber; otherwise the subscriber is the patient.
        var patientLast = patient?.LastName ?? subscriber.LastName;
        var patientFirst = patient?.FirstName ?? subscriber.FirstName;
        var patientBirth = patient is null ? subscriber.BirthDate : patient.BirthDate;
        var patientSex = patient?.Sex ?? subscriber.Sex;
        var patientAddress = patient is null ? subscriber.Address : patient.Address;

        put(Cms1500Layout.PatientName, LastFirst(patientLast, patientFirst));
        PutBirthDate(put, patientBirth, Cms1500Layout.PatientBirthMonth, Cms1500Layout.PatientBirthDay, Cms1500Layout.PatientBirthYear);
        check(Cms1500Layout.PatientMale, patientSex == Sex.Male);
        check(Cms1500Layout.PatientFemale, patientSex == Sex.Female);
        put(Cms1500Layout.InsuredName, LastFirst(subscriber.LastName, subscriber.FirstName));

        PutAddress(put, patientAddress, Cms1500Layout.PatientStreet, Cms1500Layout.PatientCity, Cms1500Layout.PatientState, Cms1500Layout.PatientZip);
        PutPhone(put, claim.PatientPhone, Cms1500Layout.PatientPhoneArea, Cms1500Layout.PatientPhoneNumber);
        check(Cms1500Layout.RelationshipSelf, claim.Relationship == Cms1500Relationship.Self);
        check(Cms1500Layout.RelationshipSpouse, claim.Relationship == Cms1500Relationship.Spouse);
        check(Cms1500Layout.RelationshipChild, claim.Relationship == Cms1500Relationship.Child);
        check(Cms1500Layout.RelationshipOther, claim.Relationship == Cms1500Relationship.Other);
        PutAddress(put, claim.InsuredAddress ?? subscriber.Address, Cms1500Layout.InsuredStreet, Cms1500Layout.InsuredCity, Cms1500Layout.InsuredState, Cms1500Layout.InsuredZip);
        PutPhone(put, claim.InsuredPhone, Cms1500Layout.InsuredPhoneArea, Cms1500Layout.InsuredPhoneNumber);

        if (claim.OtherInsured is { } other)
        {
            put(Cms1500Layout.OtherInsuredName, LastFirst(other.LastName, other.FirstName));
            put(Cms1500Layout.OtherInsuredPolicy, other.PolicyOrGroupNumber);
            put(Cms1500Layout.OtherInsuredPlanName, other.PlanName);
        }

        check(Cms1500Layout.EmploymentYes, claim.EmploymentRelated);
        check(Cms1500Layout.EmploymentNo, !claim.EmploymentRelated);
        var autoAccident = !string.IsNullOrWhiteSpace(claim.AutoAccidentState);
        check(Cms1500Layout.AutoAccidentYes, autoAccident);
        check(Cms1500Layout.AutoAccidentNo, !autoAccident);
        put(Cms1500Layout.AutoAccidentState, claim.AutoAccidentState);
        check(Cms1500Layout.OtherAccidentYes, claim.OtherAccident);
        check(Cms1500Layout.OtherAccidentNo, !claim.OtherAccident);

        put(Cms1500Layout.InsuredGroupNumber, subscriber.GroupNumber);
        PutBirthDate(put, subscriber.BirthDate, Cms1500Layout.InsuredBirthMonth, Cms1500Layout.InsuredBirthDay, Cms1500Layout.InsuredBirthYear);
        check(Cms1500Layout.InsuredMale, subscriber.Sex == Sex.Male);
        check(Cms1500Layout.InsuredFemale, subscriber.Sex == Sex.Female);
        put(Cms1500Layout.InsurancePlanName, c.Payer.Name);
        check(Cms1500Layout.AnotherPlanYes, claim.OtherInsured is not null);
        check(Cms1500Layout.AnotherPlanNo, claim.OtherInsured is null);

        put(Cms1500Layout.PatientSignature, Cms1500Claim.SignatureOnFile);
        put(Cms1500Layout.PatientSignatureDate, ShortDate(claim.SignatureDate));
        put(Cms1500Layout.InsuredSignature, Cms1500Claim.SignatureOnFile);

        if (claim.CurrentIllnessDate is { } illness)
        {
            put(Cms1500Layout.CurrentIllnessMonth, Two(illness.Month));
            put(Cms1500Layout.CurrentIllnessDay, Two(illness.Day));
            put(Cms1500Layout.CurrentIllnessYear, Two(illness.Year % 100));
            put(Cms1500Layout.CurrentIllnessQualifier, claim.CurrentIllnessQualifier);
        }

        if (c.Referring is { } referring)
        {
            // Item 17 is first name first (NUCC), unlike items 2, 4 and 9; DN = referring provider.
            put(Cms1500Layout.ReferringQualifier, "DN");
            put(Cms1500Layout.ReferringName, $"{referring.FirstName} {referring.LastName}");
            put(Cms1500Layout.ReferringNpi, referring.Npi);
        }

        put(Cms1500Layout.AdditionalInformation, claim.AdditionalInformation);

        // ICD indicator 0 = ICD-10-CM; NUCC: enter the codes without the decimal point.
        put(Cms1500Layout.IcdIndicator, "0");
        for (var i = 0; i < Math.Min(c.Diagnoses.Count, Cms1500Layout.MaxDiagnoses); i++)
        {
            put(Cms1500Layout.Diagnosis(i), c.Diagnoses[i].Replace(".", "", StringComparison.Ordinal));
        }

        put(Cms1500Layout.ResubmissionCode, claim.ResubmissionCode);
        put(Cms1500Layout.OriginalReferenceNumber, claim.OriginalReferenceNumber);
        put(Cms1500Layout.PriorAuthorization, c.PriorAuthorization);

        put(Cms1500Layout.TaxId, Digits(c.BillingProvider.Tin));
        check(Cms1500Layout.TaxIdSsn, !claim.TaxIdIsEin);
        check(Cms1500Layout.TaxIdEin, claim.TaxIdIsEin);
        put(Cms1500Layout.PatientAccountNumber, c.PatientControlNumber);
        check(Cms1500Layout.AcceptAssignmentYes, claim.AcceptAssignment);
        check(Cms1500Layout.AcceptAssignmentNo, !claim.AcceptAssignment);

        put(Cms1500Layout.PhysicianSignature, Cms1500Claim.SignatureOnFile);
        put(Cms1500Layout.PhysicianSignatureDate, ShortDate(claim.SignatureDate));

        if (c.ServiceFacility is { } facility)
        {
            put(Cms1500Layout.FacilityName, facility.Name);
            put(Cms1500Layout.FacilityStreet, Street(facility.Address));
            put(Cms1500Layout.FacilityCityStateZip, CityStateZip(facility.Address));
            put(Cms1500Layout.FacilityNpi, facility.Npi);
        }

        var billing = c.BillingProvider;
        PutPhone(put, claim.BillingProviderPhone, Cms1500Layout.BillingPhoneArea, Cms1500Layout.BillingPhoneNumber);
        put(Cms1500Layout.BillingName, billing.Name);
        put(Cms1500Layout.BillingStreet, Street(billing.Address));
        put(Cms1500Layout.BillingCityStateZip, CityStateZip(billing.Address));
        put(Cms1500Layout.BillingNpi, billing.Npi);
    }

    private static void ComposeServiceLine(Cms1500Claim claim, X12.ServiceLine837 line, Cms1500ServiceLineFields f, Action<Cms1500Field, string?> put)
    {
        // 24A: a single date of service goes in both From and To, MM DD YY.
        var date = line.ServiceDate;
        put(f.FromMonth, Two(date.Month));
        put(f.FromDay, Two(date.Day));
        put(f.FromYear, Two(date.Year % 100));
        put(f.ToMonth, Two(date.Month));
        put(f.ToDay, Two(date.Day));
        put(f.ToYear, Two(date.Year % 100));
        put(f.PlaceOfService, claim.Claim.PlaceOfService);
        put(f.Procedure, line.ProcedureCode);
        for (var i = 0; i < Math.Min(line.Modifiers.Count, f.Modifiers.Count); i++)
        {
            put(f.Modifiers[i], line.Modifiers[i]);
        }

        // 24E: pointer letters A-L, left justified, no separators (NUCC).
        put(f.DiagnosisPointer, string.Concat(line.DiagnosisPointers.Where(p => p is >= 1 and <= Cms1500Layout.MaxDiagnoses).Take(4).Select(p => (char)('A' + p - 1))));
        put(f.ChargeDollars, Dollars(line.Charge));
        put(f.ChargeCents, Cents(line.Charge));
        put(f.Units, line.Units.ToString("0.###", CultureInfo.InvariantCulture));
        put(f.RenderingNpi, claim.Claim.Rendering?.Npi);
    }

    private static void PutBirthDate(Action<Cms1500Field, string?> put, DateOnly? date, Cms1500Field month, Cms1500Field day, Cms1500Field year)
    {
        if (date is { } d)
        {
            put(month, Two(d.Month));
            put(day, Two(d.Day));
            put(year, d.Year.ToString("0000", CultureInfo.InvariantCulture));
        }
    }

    private static void PutAddress(Action<Cms1500Field, string?> put, Address? address, Cms1500Field street, Cms1500Field city, Cms1500Field state, Cms1500Field zip)
    {
        if (address is null)
        {
            return;
        }

        put(street, Street(address));
        put(city, address.City);
        put(state, address.State);
        put(zip, Zip(address.Zip));
    }

    private static void PutPhone(Action<Cms1500Field, string?> put, string? phone, Cms1500Field area, Cms1500Field number)
    {
        // NUCC: no hyphen or space inside the number; the area code goes between the printed parentheses.
        var digits = Digits(phone);
        if (digits.Length == 10)
        {
            put(area, digits[..3]);
            put(number, digits[3..]);
        }
        else
        {
            put(number, digits);
        }
    }

    private static string LastFirst(string last, string first) => string.IsNullOrWhiteSpace(first) ? last : $"{last}, {first}";

    private static string Street(Address address) =>
        string.IsNullOrWhiteSpace(address.Line2) ? address.Line1 : $"{address.Line1} {address.Line2}";

    private static string CityStateZip(Address address) => $"{address.City} {address.State} {Zip(address.Zip)}";

    // NUCC: a 9-digit ZIP is entered with the hyphen.
    private static string Zip(string zip) => zip.Length == 9 ? $"{zip[..5]}-{zip[5..]}" : zip;

    private static string Digits(string? text) => string.Concat((text ?? "").Where(char.IsAsciiDigit));

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static string? ShortDate(DateOnly? date) =>
        date?.ToString("MM dd yy", CultureInfo.InvariantCulture);

    private static string Dollars(decimal amount) =>
        decimal.Truncate(Math.Abs(amount)).ToString("0", CultureInfo.InvariantCulture);

    private static string Cents(decimal amount) =>
        ((int)(decimal.Round(Math.Abs(amount) * 100m, MidpointRounding.AwayFromZero) % 100m)).ToString("00", CultureInfo.InvariantCulture);

    private static void Draw(SKCanvas canvas, IReadOnlyList<(Cms1500Field Field, string Text)> page, Cms1500Mode mode)
    {
        if (mode == Cms1500Mode.PlainPaper)
        {
            Cms1500Form.Draw(canvas, Cms1500Fonts.Form);
        }

        using var font = new SKFont(Cms1500Fonts.Data, Cms1500Layout.DataFontSize) { Subpixel = true, Hinting = SKFontHinting.None };
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        foreach (var (field, text) in page)
        {
            var value = text.Length > field.Width ? text[..field.Width] : text;
            var width = font.MeasureText(value);
            var x = field.Kind switch
            {
                Cms1500FieldKind.RightAligned => field.Right - Cms1500Layout.RightAlignedGap - width,
                Cms1500FieldKind.CheckBox => field.X + ((Cms1500Layout.ColumnWidth - width) / 2),
                _ => field.X,
            };
            canvas.DrawText(value, x, field.Baseline, font, paint);
        }
    }
}
