using System.Globalization;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.X12;
using static RevenueCycle.Core.X12.X12Elements;

namespace RevenueCycle.Core.Claims.X12;

/// <summary>
/// Reads 277CA claim acknowledgements (005010X214): per claim (loop 2200D) the patient control number from
/// TRN02, the payer's claim number (REF*1K), the STC statuses with their category, status and entity codes,
/// and the service lines the payer reports on (loop 2220D). Delimiters come from the ISA; the envelope counts
/// and control numbers are checked. Bad input is a failure naming the segment (counted from the first ISA,
/// 1-based), never an exception.
/// </summary>
public static class Claim277CaReader
{
    private const string Document = "277CA claim acknowledgement";

    /// <summary>Reads every 277CA transaction set in the file, or the first problem found.</summary>
    public static Result<Parsed277Ca> Read(string text)
    {
        var segments = X12Input.Segments(text, out var tokenizer, out var problem);
        if (segments is null)
        {
            return Result.Failure<Parsed277Ca>(problem!);
        }

        try
        {
            return Result.Success(new Parser(segments, tokenizer!.Component).ReadAll());
        }
        catch (X12FormatException e)
        {
            return Result.Failure<Parsed277Ca>(e.Message);
        }
    }

    /// <summary>Walks the segments once, keeping the open transaction set, hierarchical level, claim and line.</summary>
    private sealed class Parser(List<X12Segment> segments, char component)
    {
        private readonly X12EnvelopeTracker _envelope = new("HN", "277", "005010X214", Document);
        private readonly List<Ack277Ca> _transactions = [];
        private TransactionBuilder? _transaction;

        public Parsed277Ca ReadAll()
        {
            foreach (var s in segments)
            {
                switch (_envelope.Read(s))
                {
                    case X12EnvelopeStep.TransactionStarted:
                        _transaction = new TransactionBuilder(s, component);
                        break;
                    case X12EnvelopeStep.TransactionEnded:
                        _transactions.Add(_transaction!.Build(s, Ack999Reader.ToEnvelope(_envelope.Header!)));
                        _transaction = null;
                        break;
                    case X12EnvelopeStep.Body:
                        _transaction!.Read(s);
                        break;
                }
            }

            _envelope.Finish(segments[^1]);
            Require(segments[^1], _transactions.Count > 0, "the file holds no 277CA transaction set");
            return new Parsed277Ca(_transactions[0].Envelope, _transactions);
        }
    }

    private sealed class TransactionBuilder(X12Segment st, char component)
    {
        private readonly List<PartyBuilder> _providers = [];
        private readonly List<Ack277CaClaim> _claims = [];
        private X12Segment? _bht;
        private PartyBuilder? _source;
        private PartyBuilder? _receiver;
        private PartyBuilder? _party;
        private ClaimBuilder? _claim;
        private LineBuilder? _line;
        private DateOnly? _received;
        private DateOnly? _processed;

        public void Read(X12Segment s)
        {
            switch (s.Id)
            {
                case "BHT":
                    Require(s, _bht is null && _source is null, "BHT must come once, right after ST");
                    _bht = s;
                    return;
                case "HL":
                    ReadHl(s);
                    return;
                case "NM1":
                    ReadNm1(s);
                    return;
                case "TRN":
                    Require(s, _party is not null || _claim is not null, "TRN outside a hierarchical level");
                    RequireElements(s, 2, "TRN02 trace number");
                    if (_claim is not null)
                    {
                        // 2200D: TRN02 is the patient control number we sent in CLM01.
                        Require(s, _claim.ControlNumber is null, "a second TRN in the claim's 2200D loop");
                        _claim.ControlNumber = s[2];
                    }
                    else
                    {
                        _party!.TraceNumber ??= s[2];
                    }

                    return;
                case "STC":
                    var status = ReadStc(s);
                    if (_line is not null)
                    {
                        _line.Statuses.Add(status);
                    }
                    else if (_claim is not null)
                    {
                        _claim.Statuses.Add(status);
                    }
                    else
                    {
                        Require(s, _party is not null, "STC outside a hierarchical level");
                        _party!.Statuses.Add(status);
                    }

                    return;
                case "QTY":
                    Require(s, _party is not null && _claim is null, "QTY outside a 2200B or 2200C level");
                    var quantity = Amount(s, 2, "QTY02 quantity");
                    Require(s, quantity == decimal.Truncate(quantity) && quantity is >= 0 and <= int.MaxValue, $"QTY02 quantity '{s[2]}' is not a whole number of claims");
                    _party!.SetQuantity(s, s[1], (int)quantity);
                    return;
                case "AMT":
                    Require(s, _party is not null && _claim is null, "AMT outside a 2200B or 2200C level");
                    _party!.SetAmount(s, s[1], Amount(s, 2, "AMT02 amount"));
                    return;
                case "REF":
                    ReadRef(s);
                    return;
                case "DTP":
                    ReadDtp(s);
                    return;
                case "SVC":
                    Require(s, _claim is not null, "SVC outside a claim (loop 2200D)");
                    _line = ReadSvc(s);
                    _claim!.Lines.Add(_line);
                    return;
                default:
                    // Other segments (PER and the like) carry nothing we match on.
                    return;
            }
        }

        public Ack277Ca Build(X12Segment se, AckEnvelope envelope)
        {
            EndClaim(se);
            var created = _bht is null ? null : OptionalDate(_bht, 4, "BHT04 date");
            return new Ack277Ca(envelope, st.Number, st[2], _bht is null ? null : Optional(_bht, 3), created,
                _source?.Build(), _received, _processed, _receiver?.Build(), _providers.Select(p => p.Build()).ToList(), _claims);
        }

        private void ReadHl(X12Segment s)
        {
            RequireElements(s, 1, "HL01 hierarchical id");
            RequireElements(s, 3, "HL03 level code");
            EndClaim(s);
            switch (s[3])
            {
                case "20": // 2000A information source
                    Require(s, _source is null, "a second information source level (HL*20)");
                    _party = _source = new PartyBuilder(s);
                    return;
                case "21": // 2000B information receiver
                    Require(s, _source is not null, "an information receiver level (HL*21) before the information source (HL*20)");
                    _party = _receiver = new PartyBuilder(s);
                    return;
                case "19": // 2000C billing provider of service
                    Require(s, _receiver is not null, "a provider level (HL*19) before the information receiver (HL*21)");
                    _party = new PartyBuilder(s);
                    _providers.Add(_party);
                    return;
                case "PT": // 2000D patient: one claim
                    Require(s, _providers.Count > 0, "a patient level (HL*PT) before any provider level (HL*19)");
                    _party = null;
                    _claim = new ClaimBuilder(s.Number, _providers[^1].Id);
                    return;
                default:
                    throw new X12FormatException(s, $"HL03 '{s[3]}' is not 20, 21, 19 or PT");
            }
        }

        private void ReadNm1(X12Segment s)
        {
            RequireElements(s, 1, "NM101 entity code");
            if (_claim is not null)
            {
                Require(s, _line is null, "NM1 inside a service line");
                _claim.LastName = Optional(s, 3);
                _claim.FirstName = Optional(s, 4);
                _claim.MemberId = Optional(s, 9);
                return;
            }

            Require(s, _party is not null, "NM1 outside a hierarchical level");
            _party!.Name(s);
        }

        private void ReadRef(X12Segment s)
        {
            RequireElements(s, 1, "REF01 qualifier");
            var value = Optional(s, 2);
            if (_line is not null)
            {
                if (s[1] == "FJ")
                {
                    _line.ControlNumber = value;
                }
            }
            else if (_claim is not null)
            {
                switch (s[1])
                {
                    case "1K":
                        _claim.PayerClaimNumber = value;
                        break;
                    case "D9":
                        _claim.ClearinghouseTraceNumber = value;
                        break;
                }
            }
        }

        private void ReadDtp(X12Segment s)
        {
            RequireElements(s, 1, "DTP01 date qualifier");
            if (_claim is null)
            {
                // 2200A: DTP*050 received, DTP*009 processed.
                if (s[1] is "050" or "009")
                {
                    var date = Range(s).From;
                    if (s[1] == "050")
                    {
                        _received = date;
                    }
                    else
                    {
                        _processed = date;
                    }
                }

                return;
            }

            if (s[1] == "472")
            {
                var (from, to) = Range(s);
                if (_line is not null)
                {
                    (_line.From, _line.To) = (from, to);
                }
                else
                {
                    (_claim.From, _claim.To) = (from, to);
                }
            }
        }

        /// <summary>DTP02 D8 is one date; RD8 a "from-to" range.</summary>
        private static (DateOnly From, DateOnly To) Range(X12Segment s)
        {
            RequireElements(s, 3, "DTP03 date");
            var parts = s[3].Split('-');
            Require(s, s[2] is "D8" or "RD8" && parts.Length == (s[2] == "RD8" ? 2 : 1), $"DTP02 '{s[2]}' and DTP03 '{s[3]}' are not a D8 date or an RD8 range");
            var from = ParseDate(s, parts[0], "DTP03 date");
            var to = parts.Length == 2 ? ParseDate(s, parts[1], "DTP03 end date") : from;
            Require(s, to >= from, $"DTP03 range '{s[3]}' ends before it starts");
            return (from, to);
        }

        private static DateOnly ParseDate(X12Segment s, string value, string what) =>
            DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new X12FormatException(s, $"{what} '{value}' is not a date (CCYYMMDD)");

        private static DateOnly? OptionalDate(X12Segment s, int position, string what) =>
            s[position].Length == 0 ? null : Date(s, position, what);

        private Ack277CaStatus ReadStc(X12Segment s)
        {
            RequireElements(s, 1, "STC01 health care claim status");
            var codes = new List<Ack277CaStatusCode> { Composite(s, 1, "STC01") };
            foreach (var (position, name) in new[] { (10, "STC10"), (11, "STC11") })
            {
                if (s[position].Length > 0)
                {
                    codes.Add(Composite(s, position, name));
                }
            }

            return new Ack277CaStatus(s.Number, codes, OptionalDate(s, 2, "STC02 status date"), Optional(s, 3),
                OptionalAmount(s, 4, "STC04 total claim charge"), Optional(s, 12));
        }

        private Ack277CaStatusCode Composite(X12Segment s, int position, string name)
        {
            // Category code : status code : entity identifier code (: code list qualifier, for NCPDP reject codes).
            var parts = s[position].Split(component);
            Require(s, parts[0].Length > 0 && parts.Length >= 2 && parts[1].Length > 0,
                $"{name} '{s[position]}' does not hold a status category code and a status code");
            return new Ack277CaStatusCode(parts[0], parts[1], parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
        }

        private LineBuilder ReadSvc(X12Segment s)
        {
            // SVC01 is qualifier:code:modifiers; an institutional line may carry only the revenue code in SVC04.
            string qualifier, code;
            List<string> modifiers = [];
            if (s[1].Length == 0)
            {
                RequireElements(s, 4, "SVC01 procedure or SVC04 revenue code");
                (qualifier, code) = ("NU", s[4]);
            }
            else
            {
                var parts = s[1].Split(component);
                Require(s, parts.Length >= 2 && parts[0].Length > 0 && parts[1].Length > 0, $"SVC01 '{s[1]}' does not hold a qualifier and a procedure code");
                (qualifier, code) = (parts[0], parts[1]);
                modifiers = parts.Skip(2).Take(4).Where(m => m.Length > 0).ToList();
            }

            return new LineBuilder(s.Number, qualifier, code, modifiers, OptionalAmount(s, 2, "SVC02 line charge"), OptionalAmount(s, 7, "SVC07 units"));
        }

        private void EndClaim(X12Segment next)
        {
            _line = null;
            if (_claim is null)
            {
                return;
            }

            Require(next, _claim.ControlNumber is not null, $"the claim at segment {_claim.SegmentNumber} (HL*PT) has no TRN patient control number");
            _claims.Add(_claim.Build());
            _claim = null;
        }
    }

    private sealed class PartyBuilder(X12Segment hl)
    {
        private X12Segment? _nm1;
        private int? _acceptedQuantity, _rejectedQuantity;
        private decimal? _acceptedAmount, _rejectedAmount;

        public string? TraceNumber { get; set; }

        public List<Ack277CaStatus> Statuses { get; } = [];

        public string? Id => _nm1 is null ? null : Optional(_nm1, 9);

        public void Name(X12Segment nm1)
        {
            Require(nm1, _nm1 is null, "a second NM1 in the same hierarchical level");
            _nm1 = nm1;
        }

        public void SetQuantity(X12Segment s, string qualifier, int quantity)
        {
            switch (qualifier)
            {
                case "90" or "QA":
                    _acceptedQuantity = quantity;
                    break;
                case "AA" or "QC":
                    _rejectedQuantity = quantity;
                    break;
                default:
                    throw new X12FormatException(s, $"QTY01 '{qualifier}' is not 90, AA, QA or QC");
            }
        }

        public void SetAmount(X12Segment s, string qualifier, decimal amount)
        {
            switch (qualifier)
            {
                case "YU":
                    _acceptedAmount = amount;
                    break;
                case "YY":
                    _rejectedAmount = amount;
                    break;
                default:
                    throw new X12FormatException(s, $"AMT01 '{qualifier}' is not YU or YY");
            }
        }

        public Ack277CaParty Build() => new(
            hl.Number, hl[3], _nm1?[1] ?? string.Empty, _nm1?[3].Trim() ?? string.Empty, _nm1 is null ? null : Optional(_nm1, 8), Id,
            TraceNumber, Statuses, _acceptedQuantity, _rejectedQuantity, _acceptedAmount, _rejectedAmount);
    }

    private sealed class ClaimBuilder(int segmentNumber, string? billingProviderId)
    {
        public int SegmentNumber => segmentNumber;

        public string? ControlNumber { get; set; }

        public string? PayerClaimNumber { get; set; }

        public string? ClearinghouseTraceNumber { get; set; }

        public string? LastName { get; set; }

        public string? FirstName { get; set; }

        public string? MemberId { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public List<Ack277CaStatus> Statuses { get; } = [];

        public List<LineBuilder> Lines { get; } = [];

        public Ack277CaClaim Build() => new(
            segmentNumber, ControlNumber!, PayerClaimNumber, ClearinghouseTraceNumber, LastName, FirstName, MemberId, billingProviderId,
            From, To, Statuses, Lines.Select(l => l.Build()).ToList());
    }

    private sealed class LineBuilder(int segmentNumber, string qualifier, string code, List<string> modifiers, decimal? charge, decimal? units)
    {
        public string? ControlNumber { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public List<Ack277CaStatus> Statuses { get; } = [];

        public Ack277CaLine Build() => new(segmentNumber, qualifier, code, modifiers, charge, units, ControlNumber, From, To, Statuses);
    }
}
