using RevenueCycle.Core.X12;
using static RevenueCycle.Core.X12.X12Elements;

namespace RevenueCycle.Core.Remittance.X12;

/// <summary>
/// Collects the segments of one ST/SE transaction: table 1 header (BPR, TRN, DTM*405, loops 1000A/1000B),
/// table 2 detail (LX loop 2000, CLP loop 2100, SVC loop 2110) and table 3 summary (PLB).
/// Segments the posting does not use (N3, N4, PER, TS3, TS2, MIA, MOA, QTY, RDM ...) are passed over.
/// </summary>
internal sealed class Era835TransactionBuilder(string controlNumber, int startSegment, char component)
{
    // The guide allows six reason/amount/quantity triplets per CAS and six adjustment pairs per PLB.
    private const int MaxTriplets = 6;

    private readonly List<ClaimBuilder> _claims = [];
    private readonly List<Era835ProviderAdjustment> _providerAdjustments = [];
    private readonly List<string> _warnings = [];
    private Era835Payment? _payment;
    private string? _checkOrEftNumber;
    private string? _payerIdentifier;
    private DateOnly? _productionDate;
    private PartyBuilder? _payer;
    private PartyBuilder? _payee;
    private PartyBuilder? _currentParty;
    private ClaimBuilder? _claim;
    private LineBuilder? _line;

    public string ControlNumber => controlNumber;

    public int StartSegment => startSegment;

    public void Read(X12Segment s)
    {
        switch (s.Id)
        {
            case "BPR":
                ReadBpr(s);
                break;
            case "TRN":
                // TRN02 the check or EFT trace number, TRN03 the payer's identifier (1 + TIN).
                RequireElements(s, 2, "TRN02 check or EFT number");
                _checkOrEftNumber ??= s[2];
                _payerIdentifier ??= Optional(s, 3);
                break;
            case "N1":
                ReadN1(s);
                break;
            case "LX":
                // Loop 2000 header number: groups the claims that follow; nothing to keep.
                _currentParty = null;
                _claim = null;
                _line = null;
                break;
            case "CLP":
                _currentParty = null;
                _line = null;
                _claim = ReadClp(s);
                _claims.Add(_claim);
                break;
            case "CAS":
                Require(s, _claim is not null, "CAS adjustment before any CLP claim");
                (_line?.Adjustments ?? _claim!.Adjustments).AddRange(ReadCas(s));
                break;
            case "NM1":
                if (_claim is not null && _line is null)
                {
                    ReadNm1(s, _claim);
                }

                break;
            case "REF":
                ReadRef(s);
                break;
            case "DTM":
                ReadDtm(s);
                break;
            case "AMT":
                if (_claim is not null)
                {
                    RequireElements(s, 1, "AMT01 qualifier");
                    (_line?.Amounts ?? _claim.Amounts).Add(new Era835Amount(s[1], Amount(s, 2, "AMT02 amount")));
                }

                break;
            case "SVC":
                Require(s, _claim is not null, "SVC service line before any CLP claim");
                _line = ReadSvc(s);
                _claim!.Lines.Add(_line);
                break;
            case "LQ":
                // LQ*HE: a remittance advice remark code (RARC) on the service line.
                Require(s, _line is not null, "LQ remark code outside a service line");
                RequireElements(s, 2, "LQ02 remark code");
                if (s[1] == "HE")
                {
                    _line!.RemarkCodes.Add(s[2]);
                }

                break;
            case "PLB":
                _claim = null;
                _line = null;
                _providerAdjustments.Add(ReadPlb(s));
                break;
            default:
                break;
        }
    }

    public Era835 Build()
    {
        var end = new X12Segment(startSegment, "ST", ["ST"]);
        Require(end, _payment is not null, $"transaction {controlNumber} has no BPR financial information");
        Require(end, _checkOrEftNumber is not null, $"transaction {controlNumber} has no TRN check or EFT number");
        return new Era835(
            controlNumber,
            _payment!,
            _checkOrEftNumber!,
            _payerIdentifier,
            _productionDate,
            _payer?.Build() ?? Era835Party.Missing,
            _payee?.Build() ?? Era835Party.Missing,
            _claims.Select(c => c.Build()).ToList(),
            _providerAdjustments,
            _warnings);
    }

    private void ReadBpr(X12Segment s)
    {
        Require(s, _payment is null, "a second BPR in the same transaction");
        RequireElements(s, 1, "BPR01 transaction handling code");
        var amount = Amount(s, 2, "BPR02 payment amount");
        RequireElements(s, 3, "BPR03 credit/debit flag");
        RequireElements(s, 4, "BPR04 payment method");
        Require(s, s[3] is "C" or "D", $"BPR03 '{s[3]}' is neither C (credit) nor D (debit)");
        DateOnly? date = s[16].Length > 0 ? Date(s, 16, "BPR16 payment date") : null;
        _payment = new Era835Payment(s.Number, s[1], amount, s[3], s[4], date);
    }

    private void ReadN1(X12Segment s)
    {
        RequireElements(s, 1, "N101 entity code");
        RequireElements(s, 2, "N102 name");
        var party = new PartyBuilder(s[2].Trim(), Optional(s, 3), Optional(s, 4));
        // Loop 1000A payer (PR) and 1000B payee (PE); other N1s in the header are passed over.
        switch (s[1])
        {
            case "PR":
                _payer = party;
                break;
            case "PE":
                _payee = party;
                break;
            default:
                party = null;
                break;
        }

        _currentParty = party;
    }

    private void ReadRef(X12Segment s)
    {
        RequireElements(s, 1, "REF01 qualifier");
        var reference = new Era835Reference(s[1], s[2]);
        if (_line is not null)
        {
            _line.References.Add(reference);
        }
        else if (_claim is not null)
        {
            _claim.References.Add(reference);
        }
        else
        {
            _currentParty?.References.Add(reference);
        }
    }

    private void ReadDtm(X12Segment s)
    {
        RequireElements(s, 1, "DTM01 qualifier");
        var date = new Era835Date(s[1], Date(s, 2, $"DTM*{s[1]} date"));
        if (_line is not null)
        {
            _line.Dates.Add(date);
        }
        else if (_claim is not null)
        {
            _claim.Dates.Add(date);
        }
        else if (s[1] == "405")
        {
            _productionDate = date.Date;
        }
    }

    private ClaimBuilder ReadClp(X12Segment s)
    {
        RequireElements(s, 1, "CLP01 patient control number");
        RequireElements(s, 2, "CLP02 claim status");
        // CLP03 and CLP04 are required by the guide, but its own example closes with a bare "CLP*090909*22":
        // read a claim with neither amount as 0.00 and say so, rather than refuse the whole file.
        decimal charge;
        decimal paid;
        if (s[3].Length == 0 && s[4].Length == 0)
        {
            charge = 0m;
            paid = 0m;
            _warnings.Add($"Segment {s.Number} (CLP): claim {s[1]} has no charge or paid amount; read as 0.00.");
        }
        else
        {
            charge = Amount(s, 3, "CLP03 claim charge");
            paid = Amount(s, 4, "CLP04 claim payment");
        }

        return new ClaimBuilder(
            s.Number,
            s[1],
            s[2],
            charge,
            paid,
            OptionalAmount(s, 5, "CLP05 patient responsibility"),
            Optional(s, 6),
            Optional(s, 7),
            Optional(s, 8),
            Optional(s, 9));
    }

    private static List<Era835Adjustment> ReadCas(X12Segment s)
    {
        // CAS01 group code (CO, PR, OA, PI, CR), then up to six CAS02-04 reason/amount/quantity triplets.
        RequireElements(s, 1, "CAS01 group code");
        Require(s, s[1] is "CO" or "PR" or "OA" or "PI" or "CR", $"CAS01 group code '{s[1]}' is not CO, PR, OA, PI or CR");
        Require(s, s.Count <= 1 + (MaxTriplets * 3), $"CAS has {s.Count} elements; a CAS holds at most six reason/amount/quantity triplets (19 elements)");
        var adjustments = new List<Era835Adjustment>();
        for (var i = 2; i <= s.Count; i += 3)
        {
            if (s[i].Length == 0 && s[i + 1].Length == 0 && s[i + 2].Length == 0)
            {
                continue;
            }

            Require(s, s[i].Length > 0, $"CAS element {i:00} has an amount or quantity without a reason code");
            Require(s, s[i + 1].Length > 0, $"CAS reason code {s[i]} has no amount");
            adjustments.Add(new Era835Adjustment(s[1], s[i], Amount(s, i + 1, $"CAS{i + 1:00} adjustment amount"), OptionalAmount(s, i + 2, $"CAS{i + 2:00} adjustment quantity")));
        }

        Require(s, adjustments.Count > 0, "CAS has a group code but no reason and amount");
        return adjustments;
    }

    private static void ReadNm1(X12Segment s, ClaimBuilder claim)
    {
        // NM1 in loop 2100: QC patient, IL insured, 74 corrected insured, 82 rendering, TT crossover carrier, PR corrected payer.
        RequireElements(s, 1, "NM101 entity code");
        claim.People.Add(new Era835Person(s[1], s[3].Trim(), Optional(s, 4)?.Trim(), Optional(s, 5)?.Trim(), Optional(s, 8), Optional(s, 9)));
    }

    private LineBuilder ReadSvc(X12Segment s)
    {
        var procedure = Procedure(s, 1, component, "SVC01 procedure");
        var charge = Amount(s, 2, "SVC02 line charge");
        var paid = Amount(s, 3, "SVC03 line payment");
        var units = OptionalAmount(s, 5, "SVC05 units");
        var submitted = s[6].Length > 0 ? Procedure(s, 6, component, "SVC06 submitted procedure") : null;
        return new LineBuilder(s.Number, procedure, charge, paid, units, submitted);
    }

    private Era835ProviderAdjustment ReadPlb(X12Segment s)
    {
        // PLB01 provider id, PLB02 the end of the fiscal period, then up to six PLB03/PLB04 pairs (reason:reference, amount).
        RequireElements(s, 1, "PLB01 provider identifier");
        var date = Date(s, 2, "PLB02 fiscal period date");
        Require(s, s.Count <= 2 + (MaxTriplets * 2), $"PLB has {s.Count} elements; a PLB holds at most six adjustments (14 elements)");
        Require(s, s.Count >= 4 && s.Count % 2 == 0, $"PLB has {s.Count} elements; each adjustment reason needs an amount");
        var amounts = new List<Era835ProviderAdjustmentAmount>();
        for (var i = 3; i < s.Count; i += 2)
        {
            var parts = s[i].Split(component);
            Require(s, parts[0].Length > 0, $"PLB{i:00} has no adjustment reason code");
            amounts.Add(new Era835ProviderAdjustmentAmount(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null, Amount(s, i + 1, $"PLB{i + 1:00} adjustment amount")));
        }

        return new Era835ProviderAdjustment(s.Number, s[1], date, amounts);
    }

    private static Era835Procedure Procedure(X12Segment s, int position, char component, string what)
    {
        var parts = s[position].Split(component);
        Require(s, parts.Length >= 2 && parts[0].Length > 0 && parts[1].Length > 0, $"{what} '{s[position]}' does not hold a qualifier and a procedure code");
        var modifiers = parts.Skip(2).Take(4).Where(m => m.Length > 0).ToList();
        return new Era835Procedure(parts[0], parts[1], modifiers);
    }

    private sealed class PartyBuilder(string name, string? idQualifier, string? id)
    {
        public List<Era835Reference> References { get; } = [];

        public Era835Party Build() => new(name, idQualifier, id, References);
    }

    private sealed class ClaimBuilder(
        int number, string controlNumber, string status, decimal charge, decimal paid, decimal? patientResponsibility,
        string? filing, string? payerClaimNumber, string? facility, string? frequency)
    {
        public List<Era835Adjustment> Adjustments { get; } = [];

        public List<Era835Person> People { get; } = [];

        public List<Era835Reference> References { get; } = [];

        public List<Era835Date> Dates { get; } = [];

        public List<Era835Amount> Amounts { get; } = [];

        public List<LineBuilder> Lines { get; } = [];

        public Era835Claim Build() => new(
            number, controlNumber, status, charge, paid, patientResponsibility, filing, payerClaimNumber, facility, frequency,
            Adjustments, People, References, Dates, Amounts, Lines.Select(l => l.Build()).ToList());
    }

    private sealed class LineBuilder(int number, Era835Procedure procedure, decimal charge, decimal paid, decimal? units, Era835Procedure? submitted)
    {
        public List<Era835Adjustment> Adjustments { get; } = [];

        public List<Era835Reference> References { get; } = [];

        public List<Era835Date> Dates { get; } = [];

        public List<Era835Amount> Amounts { get; } = [];

        public List<string> RemarkCodes { get; } = [];

        public Era835ServiceLine Build() => new(number, procedure, charge, paid, units, submitted, Dates, Adjustments, References, Amounts, RemarkCodes);
    }
}
