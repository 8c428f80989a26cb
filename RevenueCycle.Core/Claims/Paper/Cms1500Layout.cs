namespace RevenueCycle.Core.Claims.Paper;

/// <summary>
/// One box (or part of a box) of the CMS-1500 (02/12), as a rectangle on the form's print grid. Coordinates are PDF
/// points measured from the top-left corner of the US Letter page (y grows downwards).
/// </summary>
/// <param name="Id">The NUCC item number ("1a", "21", "24D3" for item 24D on service line 3, "5-city" for a part of item 5).</param>
/// <param name="Caption">What the printed form says in the box's top-left corner (drawn in plain-paper mode only).</param>
/// <param name="FirstLine">First print line (1-based, six lines per inch).</param>
/// <param name="LastLine">Last print line, inclusive.</param>
/// <param name="FirstColumn">First print column (1-based, ten columns per inch).</param>
/// <param name="LastColumn">Last print column, inclusive.</param>
/// <param name="Shaded">The form fills this area (the supplemental half of a service line, 17a, 32b, 33b).</param>
public sealed record Cms1500Box(string Id, string Caption, int FirstLine, int LastLine, int FirstColumn, int LastColumn, bool Shaded = false)
{
    /// <summary>Left edge in points.</summary>
    public float Left => Cms1500Layout.ColumnLeft(FirstColumn);

    /// <summary>Right edge in points.</summary>
    public float Right => Cms1500Layout.ColumnLeft(LastColumn + 1);

    /// <summary>Top edge in points from the top of the page.</summary>
    public float Top => Cms1500Layout.LineTop(FirstLine);

    /// <summary>Bottom edge in points from the top of the page.</summary>
    public float Bottom => Cms1500Layout.LineTop(LastLine + 1);

    /// <summary>Whether a point (x from the left, y from the top, in points) lies inside the box.</summary>
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;
}

/// <summary>How a field's text sits in its columns.</summary>
public enum Cms1500FieldKind
{
    /// <summary>Text starting at the field's first column.</summary>
    Text,

    /// <summary>Text ending at the field's last column (the dollars part of a money amount).</summary>
    RightAligned,

    /// <summary>A check box, marked with an X.</summary>
    CheckBox,
}

/// <summary>Where one data item is printed: a run of columns on one print line inside a <see cref="Cms1500Box"/>.</summary>
/// <param name="Box">The <see cref="Cms1500Box.Id"/> the field belongs to.</param>
/// <param name="Line">Print line of the text's baseline (1-based).</param>
/// <param name="Column">First print column (1-based).</param>
/// <param name="Width">Columns available; longer values are cut.</param>
/// <param name="Kind">Alignment or check box.</param>
public sealed record Cms1500Field(string Box, int Line, int Column, int Width, Cms1500FieldKind Kind = Cms1500FieldKind.Text)
{
    /// <summary>Left edge of the first column in points.</summary>
    public float X => Cms1500Layout.ColumnLeft(Column);

    /// <summary>Right edge of the last column in points.</summary>
    public float Right => Cms1500Layout.ColumnLeft(Column + Width);

    /// <summary>Baseline of the text in points from the top of the page.</summary>
    public float Baseline => Cms1500Layout.Baseline(Line);

    /// <summary>The same field moved down by whole print lines (service lines repeat every two lines).</summary>
    public Cms1500Field Down(int lines, string box) => this with { Line = Line + lines, Box = box };
}

/// <summary>The fields of one of the six service lines (item 24) of a page.</summary>
/// <param name="Row">0 to 5, top to bottom.</param>
public sealed record Cms1500ServiceLineFields(
    int Row,
    Cms1500Field FromMonth,
    Cms1500Field FromDay,
    Cms1500Field FromYear,
    Cms1500Field ToMonth,
    Cms1500Field ToDay,
    Cms1500Field ToYear,
    Cms1500Field PlaceOfService,
    Cms1500Field Emergency,
    Cms1500Field Procedure,
    IReadOnlyList<Cms1500Field> Modifiers,
    Cms1500Field DiagnosisPointer,
    Cms1500Field ChargeDollars,
    Cms1500Field ChargeCents,
    Cms1500Field Units,
    Cms1500Field Epsdt,
    Cms1500Field RenderingNpi);

/// <summary>
/// The CMS-1500 (02/12) as data: every box and every data field on the form's 10-characters-per-inch,
/// 6-lines-per-inch print grid, in PDF points from the top-left corner of a US Letter page. The writer draws from
/// this table only, so a test (or a printer-alignment tool) can read where each item lands.
/// </summary>
public static class Cms1500Layout
{
    /// <summary>US Letter width in points.</summary>
    public const float PageWidth = 612f;

    /// <summary>US Letter height in points.</summary>
    public const float PageHeight = 792f;

    /// <summary>Left edge of print column 1 (a quarter inch).</summary>
    public const float GridLeft = 18f;

    /// <summary>Top edge of print line 1 (a quarter inch).</summary>
    public const float GridTop = 18f;

    /// <summary>One print column: 10 characters per inch.</summary>
    public const float ColumnWidth = 7.2f;

    /// <summary>One print line: 6 lines per inch.</summary>
    public const float LineHeight = 12f;

    /// <summary>Distance from the top of a print line to the baseline of the data printed on it.</summary>
    public const float BaselineOffset = 9.5f;

    /// <summary>Size of the data font in points (a monospace face).</summary>
    public const float DataFontSize = 11f;

    /// <summary>Space left between right-aligned dollars and the dotted line before the cents column.</summary>
    public const float RightAlignedGap = 1.5f;

    /// <summary>Service lines (item 24) per page; a claim with more continues on another form.</summary>
    public const int ServiceLinesPerPage = 6;

    /// <summary>Diagnoses the form holds (item 21, A to L).</summary>
    public const int MaxDiagnoses = 12;

    /// <summary>Left edge of a print column (1-based) in points.</summary>
    public static float ColumnLeft(int column) => GridLeft + ((column - 1) * ColumnWidth);

    /// <summary>Top edge of a print line (1-based) in points from the top of the page.</summary>
    public static float LineTop(int line) => GridTop + ((line - 1) * LineHeight);

    /// <summary>Data baseline of a print line in points from the top of the page.</summary>
    public static float Baseline(int line) => LineTop(line) + BaselineOffset;

    // Carrier block (payer name and address), upper right above item 1.
    public static readonly Cms1500Field PayerName = new("carrier", 1, 50, 31);
    public static readonly Cms1500Field PayerAddressLine1 = new("carrier", 2, 50, 31);
    public static readonly Cms1500Field PayerAddressLine2 = new("carrier", 3, 50, 31);
    public static readonly Cms1500Field PayerCityStateZip = new("carrier", 4, 50, 31);

    public static readonly Cms1500Field Medicare = new("1", 8, 2, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field Medicaid = new("1", 8, 9, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field Tricare = new("1", 8, 16, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field ChampVa = new("1", 8, 25, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field GroupHealthPlan = new("1", 8, 32, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field Feca = new("1", 8, 40, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field OtherCoverage = new("1", 8, 46, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field InsuredId = new("1a", 8, 51, 29);

    public static readonly Cms1500Field PatientName = new("2", 10, 2, 28);
    public static readonly Cms1500Field PatientBirthMonth = new("3", 10, 31, 2);
    public static readonly Cms1500Field PatientBirthDay = new("3", 10, 34, 2);
    public static readonly Cms1500Field PatientBirthYear = new("3", 10, 37, 4);
    public static readonly Cms1500Field PatientMale = new("3", 10, 43, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field PatientFemale = new("3", 10, 47, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field InsuredName = new("4", 10, 51, 29);

    public static readonly Cms1500Field PatientStreet = new("5", 12, 2, 28);
    public static readonly Cms1500Field RelationshipSelf = new("6", 12, 33, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field RelationshipSpouse = new("6", 12, 38, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field RelationshipChild = new("6", 12, 43, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field RelationshipOther = new("6", 12, 48, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field InsuredStreet = new("7", 12, 51, 29);

    public static readonly Cms1500Field PatientCity = new("5-city", 14, 2, 23);
    public static readonly Cms1500Field PatientState = new("5-state", 14, 26, 3);
    public static readonly Cms1500Field InsuredCity = new("7-city", 14, 51, 24);
    public static readonly Cms1500Field InsuredState = new("7-state", 14, 76, 4);

    public static readonly Cms1500Field PatientZip = new("5-zip", 16, 2, 10);
    public static readonly Cms1500Field PatientPhoneArea = new("5-phone", 16, 15, 3);
    public static readonly Cms1500Field PatientPhoneNumber = new("5-phone", 16, 19, 9);
    public static readonly Cms1500Field InsuredZip = new("7-zip", 16, 51, 11);
    public static readonly Cms1500Field InsuredPhoneArea = new("7-phone", 16, 65, 3);
    public static readonly Cms1500Field InsuredPhoneNumber = new("7-phone", 16, 69, 9);

    public static readonly Cms1500Field OtherInsuredName = new("9", 18, 2, 28);
    public static readonly Cms1500Field InsuredGroupNumber = new("11", 18, 51, 29);

    public static readonly Cms1500Field OtherInsuredPolicy = new("9a", 20, 2, 28);
    public static readonly Cms1500Field EmploymentYes = new("10a", 20, 35, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field EmploymentNo = new("10a", 20, 41, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field InsuredBirthMonth = new("11a", 20, 52, 2);
    public static readonly Cms1500Field InsuredBirthDay = new("11a", 20, 55, 2);
    public static readonly Cms1500Field InsuredBirthYear = new("11a", 20, 58, 4);
    public static readonly Cms1500Field InsuredMale = new("11a", 20, 68, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field InsuredFemale = new("11a", 20, 75, 1, Cms1500FieldKind.CheckBox);

    public static readonly Cms1500Field AutoAccidentYes = new("10b", 22, 35, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field AutoAccidentNo = new("10b", 22, 41, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field AutoAccidentState = new("10b", 22, 46, 2);

    public static readonly Cms1500Field OtherAccidentYes = new("10c", 24, 35, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field OtherAccidentNo = new("10c", 24, 41, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field InsurancePlanName = new("11c", 24, 51, 29);

    public static readonly Cms1500Field OtherInsuredPlanName = new("9d", 26, 2, 28);
    public static readonly Cms1500Field AnotherPlanYes = new("11d", 26, 52, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field AnotherPlanNo = new("11d", 26, 57, 1, Cms1500FieldKind.CheckBox);

    public static readonly Cms1500Field PatientSignature = new("12", 30, 6, 20);
    public static readonly Cms1500Field PatientSignatureDate = new("12", 30, 37, 10);
    public static readonly Cms1500Field InsuredSignature = new("13", 30, 56, 24);

    public static readonly Cms1500Field CurrentIllnessMonth = new("14", 32, 3, 2);
    public static readonly Cms1500Field CurrentIllnessDay = new("14", 32, 6, 2);
    public static readonly Cms1500Field CurrentIllnessYear = new("14", 32, 9, 2);
    public static readonly Cms1500Field CurrentIllnessQualifier = new("14", 32, 19, 3);

    public static readonly Cms1500Field ReferringQualifier = new("17", 34, 2, 2);
    public static readonly Cms1500Field ReferringName = new("17", 34, 5, 25);
    public static readonly Cms1500Field ReferringNpi = new("17b", 34, 35, 10);

    public static readonly Cms1500Field AdditionalInformation = new("19", 36, 2, 47);

    public static readonly Cms1500Field IcdIndicator = new("21", 37, 47, 1);
    public static readonly Cms1500Field ResubmissionCode = new("22", 38, 51, 11);
    public static readonly Cms1500Field OriginalReferenceNumber = new("22", 38, 63, 18);
    public static readonly Cms1500Field PriorAuthorization = new("23", 40, 51, 29);

    public static readonly Cms1500Field TaxId = new("25", 56, 2, 12);
    public static readonly Cms1500Field TaxIdSsn = new("25", 56, 16, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field TaxIdEin = new("25", 56, 18, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field PatientAccountNumber = new("26", 56, 22, 14);
    public static readonly Cms1500Field AcceptAssignmentYes = new("27", 56, 38, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field AcceptAssignmentNo = new("27", 56, 43, 1, Cms1500FieldKind.CheckBox);
    public static readonly Cms1500Field TotalChargeDollars = new("28", 56, 50, 7, Cms1500FieldKind.RightAligned);
    public static readonly Cms1500Field TotalChargeCents = new("28", 56, 57, 2);

    /// <summary>Box 28 on every page of a claim but the last: the total is printed once, on the last page.</summary>
    public static readonly Cms1500Field TotalChargeContinued = new("28", 56, 50, 9);
    public static readonly Cms1500Field AmountPaidDollars = new("29", 56, 63, 7, Cms1500FieldKind.RightAligned);
    public static readonly Cms1500Field AmountPaidCents = new("29", 56, 70, 2);

    public static readonly Cms1500Field PhysicianSignature = new("31", 60, 2, 18);
    public static readonly Cms1500Field PhysicianSignatureDate = new("31", 61, 11, 8);
    public static readonly Cms1500Field FacilityName = new("32", 58, 22, 28);
    public static readonly Cms1500Field FacilityStreet = new("32", 59, 22, 28);
    public static readonly Cms1500Field FacilityCityStateZip = new("32", 60, 22, 28);
    public static readonly Cms1500Field FacilityNpi = new("32a", 61, 23, 10);
    public static readonly Cms1500Field BillingPhoneArea = new("33", 57, 67, 3);
    public static readonly Cms1500Field BillingPhoneNumber = new("33", 57, 71, 9);
    public static readonly Cms1500Field BillingName = new("33", 58, 51, 29);
    public static readonly Cms1500Field BillingStreet = new("33", 59, 51, 29);
    public static readonly Cms1500Field BillingCityStateZip = new("33", 60, 51, 29);
    public static readonly Cms1500Field BillingNpi = new("33a", 61, 52, 10);

    /// <summary>Item 21: diagnosis A (index 0) to L (index 11), four to a row.</summary>
    public static Cms1500Field Diagnosis(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxDiagnoses);
        return new Cms1500Field("21", 38 + (index / 4), 3 + (12 * (index % 4)), 7);
    }

    /// <summary>The print line of service line <paramref name="row"/> (0-5); the shaded supplemental line is just above it.</summary>
    public static int ServiceLineLine(int row) => 44 + (2 * row);

    /// <summary>Item 24A-J fields of service line <paramref name="row"/> (0 to 5) of a page.</summary>
    public static Cms1500ServiceLineFields ServiceLine(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, ServiceLinesPerPage);
        var line = ServiceLineLine(row);
        var n = (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Cms1500Field F(char item, int column, int width, Cms1500FieldKind kind = Cms1500FieldKind.Text) =>
            new($"24{item}{n}", line, column, width, kind);
        return new Cms1500ServiceLineFields(
            row,
            F('A', 2, 2), F('A', 5, 2), F('A', 8, 2),
            F('A', 11, 2), F('A', 14, 2), F('A', 17, 2),
            F('B', 20, 2),
            F('C', 22, 2),
            F('D', 25, 6),
            [F('D', 32, 2), F('D', 35, 2), F('D', 38, 2), F('D', 41, 2)],
            F('E', 45, 4),
            F('F', 49, 7, Cms1500FieldKind.RightAligned),
            F('F', 57, 2),
            F('G', 60, 3),
            F('H', 63, 1),
            F('J', 69, 11));
    }

    /// <summary>Every box of the form, top to bottom.</summary>
    public static IReadOnlyList<Cms1500Box> Boxes { get; } = BuildBoxes();

    private static readonly Dictionary<string, Cms1500Box> BoxesById = Boxes.ToDictionary(b => b.Id, StringComparer.Ordinal);

    /// <summary>The box with the given NUCC item id ("1a", "24D3"...).</summary>
    public static Cms1500Box Box(string id) =>
        BoxesById.TryGetValue(id, out var box) ? box : throw new ArgumentException($"No CMS-1500 box '{id}'.", nameof(id));

    /// <summary>Every data field on the first page layout (item 24 fields of all six rows included).</summary>
    public static IReadOnlyList<Cms1500Field> Fields { get; } = BuildFields();

    private static List<Cms1500Box> BuildBoxes()
    {
        List<Cms1500Box> boxes =
        [
            new("carrier", "", 1, 4, 46, 80),
            new("1", "", 7, 8, 1, 49),
            new("1a", "1a. INSURED'S I.D. NUMBER", 7, 8, 50, 80),
            new("2", "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", 9, 10, 1, 29),
            new("3", "3. PATIENT'S BIRTH DATE", 9, 10, 30, 49),
            new("4", "4. INSURED'S NAME (Last Name, First Name, Middle Initial)", 9, 10, 50, 80),
            new("5", "5. PATIENT'S ADDRESS (No., Street)", 11, 12, 1, 29),
            new("6", "6. PATIENT RELATIONSHIP TO INSURED", 11, 12, 30, 49),
            new("7", "7. INSURED'S ADDRESS (No., Street)", 11, 12, 50, 80),
            new("5-city", "CITY", 13, 14, 1, 24),
            new("5-state", "STATE", 13, 14, 25, 29),
            new("8", "8. RESERVED FOR NUCC USE", 13, 16, 30, 49),
            new("7-city", "CITY", 13, 14, 50, 74),
            new("7-state", "STATE", 13, 14, 75, 80),
            new("5-zip", "ZIP CODE", 15, 16, 1, 12),
            new("5-phone", "TELEPHONE (Include Area Code)", 15, 16, 13, 29),
            new("7-zip", "ZIP CODE", 15, 16, 50, 62),
            new("7-phone", "TELEPHONE (Include Area Code)", 15, 16, 63, 80),
            new("9", "9. OTHER INSURED'S NAME (Last Name, First Name, Middle Initial)", 17, 18, 1, 29),
            new("10", "10. IS PATIENT'S CONDITION RELATED TO:", 17, 18, 30, 49),
            new("11", "11. INSURED'S POLICY GROUP OR FECA NUMBER", 17, 18, 50, 80),
            new("9a", "a. OTHER INSURED'S POLICY OR GROUP NUMBER", 19, 20, 1, 29),
            new("10a", "a. EMPLOYMENT? (Current or Previous)", 19, 20, 30, 49),
            new("11a", "a. INSURED'S DATE OF BIRTH", 19, 20, 50, 80),
            new("9b", "b. RESERVED FOR NUCC USE", 21, 22, 1, 29),
            new("10b", "b. AUTO ACCIDENT?", 21, 22, 30, 49),
            new("11b", "b. OTHER CLAIM ID (Designated by NUCC)", 21, 22, 50, 80),
            new("9c", "c. RESERVED FOR NUCC USE", 23, 24, 1, 29),
            new("10c", "c. OTHER ACCIDENT?", 23, 24, 30, 49),
            new("11c", "c. INSURANCE PLAN NAME OR PROGRAM NAME", 23, 24, 50, 80),
            new("9d", "d. INSURANCE PLAN NAME OR PROGRAM NAME", 25, 26, 1, 29),
            new("10d", "10d. CLAIM CODES (Designated by NUCC)", 25, 26, 30, 49),
            new("11d", "d. IS THERE ANOTHER HEALTH BENEFIT PLAN?", 25, 26, 50, 80),
            new("12", "", 27, 30, 1, 49),
            new("13", "", 27, 30, 50, 80),
            new("14", "14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)", 31, 32, 1, 29),
            new("15", "15. OTHER DATE", 31, 32, 30, 49),
            new("16", "16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION", 31, 32, 50, 80),
            new("17", "17. NAME OF REFERRING PROVIDER OR OTHER SOURCE", 33, 34, 1, 29),
            new("17a", "17a.", 33, 33, 30, 49, Shaded: true),
            new("17b", "17b. NPI", 34, 34, 30, 49),
            new("18", "18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES", 33, 34, 50, 80),
            new("19", "19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)", 35, 36, 1, 49),
            new("20", "20. OUTSIDE LAB?", 35, 36, 50, 80),
            new("21", "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY Relate A-L to service line below (24E)", 37, 40, 1, 49),
            new("22", "22. RESUBMISSION CODE", 37, 38, 50, 80),
            new("23", "23. PRIOR AUTHORIZATION NUMBER", 39, 40, 50, 80),
            new("24A", "24. A.  DATE(S) OF SERVICE", 41, 42, 1, 18),
            new("24B", "B.", 41, 42, 19, 21),
            new("24C", "C.", 41, 42, 22, 23),
            new("24D", "D. PROCEDURES, SERVICES, OR SUPPLIES", 41, 42, 24, 43),
            new("24E", "E.", 41, 42, 44, 48),
            new("24F", "F.", 41, 42, 49, 58),
            new("24G", "G.", 41, 42, 59, 62),
            new("24H", "H.", 41, 42, 63, 64),
            new("24I", "I.", 41, 42, 65, 67),
            new("24J", "J.", 41, 42, 68, 80),
        ];
        (char Item, int First, int Last)[] columns =
            [('A', 1, 18), ('B', 19, 21), ('C', 22, 23), ('D', 24, 43), ('E', 44, 48), ('F', 49, 58), ('G', 59, 62), ('H', 63, 64), ('I', 65, 67), ('J', 68, 80)];
        for (var row = 0; row < ServiceLinesPerPage; row++)
        {
            var line = ServiceLineLine(row);
            foreach (var (item, first, last) in columns)
            {
                boxes.Add(new($"24{item}{row + 1}", "", line - 1, line, first, last));
            }
        }

        boxes.AddRange(
        [
            new("25", "25. FEDERAL TAX I.D. NUMBER", 55, 56, 1, 20),
            new("26", "26. PATIENT'S ACCOUNT NO.", 55, 56, 21, 35),
            new("27", "27. ACCEPT ASSIGNMENT?", 55, 56, 36, 48),
            new("28", "28. TOTAL CHARGE", 55, 56, 49, 61),
            new("29", "29. AMOUNT PAID", 55, 56, 62, 72),
            new("30", "30. Rsvd for NUCC Use", 55, 56, 73, 80),
            new("31", "31. SIGNATURE OF PHYSICIAN OR SUPPLIER", 57, 61, 1, 20),
            new("32", "32. SERVICE FACILITY LOCATION INFORMATION", 57, 60, 21, 49),
            new("32a", "a.", 61, 61, 21, 34),
            new("32b", "b.", 61, 61, 35, 49, Shaded: true),
            new("33", "33. BILLING PROVIDER INFO & PH #", 57, 60, 50, 80),
            new("33a", "a.", 61, 61, 50, 63),
            new("33b", "b.", 61, 61, 64, 80, Shaded: true),
        ]);
        return boxes;
    }

    private static List<Cms1500Field> BuildFields()
    {
        var fields = typeof(Cms1500Layout)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Cms1500Field))
            .Select(f => (Cms1500Field)f.GetValue(null)!)
            .ToList();
        fields.AddRange(Enumerable.Range(0, MaxDiagnoses).Select(Diagnosis));
        for (var row = 0; row < ServiceLinesPerPage; row++)
        {
            var s = ServiceLine(row);
            fields.AddRange([s.FromMonth, s.FromDay, s.FromYear, s.ToMonth, s.ToDay, s.ToYear, s.PlaceOfService, s.Emergency, s.Procedure]);
            fields.AddRange(s.Modifiers);
            fields.AddRange([s.DiagnosisPointer, s.ChargeDollars, s.ChargeCents, s.Units, s.Epsdt, s.RenderingNpi]);
        }

        return fields;
    }
}
