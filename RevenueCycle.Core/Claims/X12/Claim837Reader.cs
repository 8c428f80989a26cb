using System.Globalization;
using System.Text;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.X12;

namespace RevenueCycle.Core.Claims.X12;

/// <summary>
/// Reads an 837P (005010X222 or 005010X222A1) interchange back into <see cref="Claim837"/> records.
/// Delimiters come from the ISA by position; indentation and CR/LF between segments are tolerated.
/// Bad input never throws: it returns a failure naming the segment number and the problem.
/// </summary>
public static class Claim837Reader
{
    private const int IsaLength = 106;

    /// <summary>Decodes a file (UTF-8, or UTF-16 with or without a byte-order mark) and reads it.</summary>
    public static Result<Parsed837> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();

        // Some clearinghouse exports are UTF-16LE without a BOM: "I\0S\0A\0".
        var encoding = bytes is [_, 0, ..] ? Encoding.Unicode : Encoding.UTF8;
        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        return Read(reader.ReadToEnd());
    }

    public static Result<Parsed837> Read(string text)
    {
        try
        {
            return new Parser().Parse(text ?? "");
        }
        catch (FormatException e)
        {
            return Result.Failure<Parsed837>(e.Message);
        }
    }

    /// <summary>Walks the segments, tracking the loop each one belongs to.</summary>
    private sealed class Parser
    {
        private readonly List<Claim837> _claims = [];
        private readonly List<string> _transactionSets = [];
        private X12Delimiters _d = X12Delimiters.Default;
        private int _segmentNumber;
        private string _segmentId = "";

        // Envelope.
        private string[] _isa = [];
        private string _groupControl = "", _version = "", _submitterName = "", _contactName = "", _contactPhone = "", _receiverName = "";
        private DateTime _created;
        private string? _stControl;
        private int _stStart, _groupCount, _stCount;

        // The entity the following N3/N4/DMG/REF/PRV belong to (NM101, or CLM, LX, or "" for ignored loops).
        private string _entity = "";
        private readonly Entity _billing = new(), _subscriber = new(), _patient = new(), _payer = new();
        private string? _relationship, _groupNumber, _filing, _medicareSecondary;
        private char _sequence = 'P';
        private ClaimBuilder? _claim;

        public Result<Parsed837> Parse(string text)
        {
            var start = text.IndexOf("ISA", StringComparison.Ordinal);
            if (start < 0 || text[..start].Any(c => !char.IsWhiteSpace(c) && c != '\uFEFF'))
            {
                return Fail(1, "ISA", "the file does not start with an ISA segment");
            }

            text = text[start..];
            if (text.Length < IsaLength)
            {
                return Fail(1, "ISA", $"the ISA segment is {text.Length} characters; the guide fixes it at {IsaLength}");
            }

            // ISA is fixed width: element separator at 3, repetition at 82 (ISA11), component at 104 (ISA16),
            // segment terminator right after it (some senders use a line break).
            var element = text[3];
            if (text[103] != element)
            {
                return Fail(1, "ISA", "the ISA segment is not 106 characters wide (ISA16 is not at position 105)");
            }

            var terminator = text[105];
            _d = new X12Delimiters(element, text[104], text[82], terminator);
            var segments = terminator is '\r' or '\n'
                ? text.Split(['\r', '\n'])
                : text.Split(terminator);

            var done = false;
            foreach (var raw in segments)
            {
                var segment = raw.Trim();
                if (segment.Length == 0)
                {
                    continue;
                }

                _segmentNumber++;
                var e = segment.Split(element);
                _segmentId = e[0];
                if (done)
                {
                    return Fail(_segmentNumber, _segmentId, "segment after IEA; the interchange has already ended");
                }

                done = Handle(e);
            }

            if (!done)
            {
                return Fail(_segmentNumber, _segmentId, "the file ends before the IEA segment; it is truncated");
            }

            var envelope = new Envelope837(
                _isa[5].Trim(), _isa[6].Trim(), _isa[7].Trim(), _isa[8].Trim(),
                ParseInt(_isa[13], "ISA13"), ParseInt(_groupControl, "GS06"),
                _submitterName, _contactName, _contactPhone, _receiverName, _isa[15].Trim() is [var u] ? u : ' ', _created);
            return Result.Success(new Parsed837(envelope, _version, _transactionSets, _claims));
        }

        /// <summary>Handles one segment; true once IEA is read.</summary>
        private bool Handle(string[] e)
        {
            _stCount++;
            switch (e[0])
            {
                case "ISA":
                    Require(_segmentNumber == 1, "ISA must be the first segment");
                    Require(e.Length == 17, $"ISA has {e.Length - 1} elements; the guide requires 16");
                    _isa = e;
                    break;
                case "GS":
                    Require(_isa.Length > 0, "GS before ISA");
                    Require(El(e, 1) == "HC", "GS01 must be HC (health care claim)");
                    _version = El(e, 8);
                    Require(_version.StartsWith("005010X222", StringComparison.Ordinal), $"GS08 \"{_version}\" is not an 837P 005010X222 version");
                    _created = ParseDateTime(El(e, 4), El(e, 5));
                    _groupControl = El(e, 6);
                    _groupCount = 0;
                    break;
                case "ST":
                    Require(El(e, 1) == "837", $"ST01 \"{El(e, 1)}\" is not 837");
                    Require(_stControl is null, "ST before the previous transaction set's SE");
                    _stControl = El(e, 2);
                    _stStart = _segmentNumber;
                    _stCount = 1;
                    _groupCount++;
                    break;
                case "SE":
                    FinishClaim();
                    Require(_stControl is not null, "SE without ST");
                    Require(El(e, 1) == _stCount.ToString(CultureInfo.InvariantCulture),
                        $"SE01 says {El(e, 1)} segments; the transaction set starting at segment {_stStart} has {_stCount}");
                    Require(El(e, 2) == _stControl, $"SE02 \"{El(e, 2)}\" does not match ST02 \"{_stControl}\"");
                    _transactionSets.Add(_stControl!);
                    _stControl = null;
                    break;
                case "GE":
                    Require(_stControl is null, "GE before SE; the transaction set is not closed");
                    Require(El(e, 1) == _groupCount.ToString(CultureInfo.InvariantCulture), $"GE01 says {El(e, 1)} transaction sets; the group has {_groupCount}");
                    Require(El(e, 2) == _groupControl, $"GE02 \"{El(e, 2)}\" does not match GS06 \"{_groupControl}\"");
                    break;
                case "IEA":
                    Require(El(e, 1) == "1", $"IEA01 says {El(e, 1)} functional groups; this reader expects 1");
                    Require(El(e, 2) == _isa[13], $"IEA02 \"{El(e, 2)}\" does not match ISA13 \"{_isa[13]}\"");
                    return true;
                default:
                    Require(_stControl is not null, $"{e[0]} outside a transaction set (no ST before it)");
                    HandleBody(e);
                    break;
            }

            return false;
        }

        private void HandleBody(string[] e)
        {
            switch (e[0])
            {
                case "HL":
                    FinishClaim();
                    switch (El(e, 3))
                    {
                        case "20": // 2000A billing provider
                            _billing.Clear();
                            _entity = "";
                            break;
                        case "22": // 2000B subscriber
                            _subscriber.Clear();
                            _patient.Clear();
                            _payer.Clear();
                            _relationship = null;
                            _entity = "";
                            break;
                        case "23": // 2000C patient
                            _patient.Clear();
                            _entity = "QC";
                            break;
                        default:
                            Fail($"HL03 \"{El(e, 3)}\" is not 20, 22 or 23");
                            break;
                    }

                    break;
                case "SBR" when _claim is not null:
                    _entity = ""; // 2320 other subscriber: its 2330 loops are not read back
                    break;
                case "SBR":
                    _sequence = El(e, 1) is [var s] ? s : 'P';
                    _relationship = El(e, 2) == Subscriber837.Self ? Subscriber837.Self : _relationship;
                    _groupNumber = NullIfEmpty(El(e, 3));
                    _medicareSecondary = NullIfEmpty(El(e, 5));
                    _filing = El(e, 9);
                    break;
                case "PAT":
                    _relationship = El(e, 1);
                    break;
                case "PRV" when El(e, 1) == "BI":
                    _billing.Taxonomy = El(e, 3);
                    break;
                case "PRV" when El(e, 1) == "PE" && _claim?.Rendering is not null:
                    _claim.Rendering.Taxonomy = El(e, 3);
                    break;
                case "NM1":
                    Nm1(e);
                    break;
                case "PER" when _entity == "41":
                    _contactName = El(e, 2);
                    _contactPhone = El(e, 4);
                    break;
                case "N3" when Current() is { } entity:
                    entity.Line1 = El(e, 1);
                    entity.Line2 = NullIfEmpty(El(e, 2));
                    break;
                case "N4" when Current() is { } entity:
                    entity.City = El(e, 1);
                    entity.State = El(e, 2);
                    entity.Zip = El(e, 3);
                    break;
                case "DMG" when Current() is { } entity:
                    entity.BirthDate = El(e, 2).Length == 0 ? null : ParseDate(El(e, 2), "DMG02");
                    entity.Sex = El(e, 3) switch { "F" => Sex.Female, "M" => Sex.Male, _ => Sex.Unknown };
                    break;
                case "REF":
                    Ref(e);
                    break;
                case "CLM":
                    Clm(e);
                    break;
                case "HI" when _claim is not null:
                    foreach (var element in e.Skip(1).Where(x => x.Length > 0))
                    {
                        var c = element.Split(_d.Component);
                        var code = c.Length > 1 ? c[1] : "";
                        // ICD-10-CM (ABK/ABF) codes travel without the dot, which sits after the third character.
                        var icd10 = c[0] is "ABK" or "ABF";
                        _claim.Diagnoses.Add(icd10 && code.Length > 3 ? code[..3] + "." + code[3..] : code);
                    }

                    break;
                case "LX" when _claim is not null:
                    _claim.Lines.Add(new LineBuilder());
                    _entity = "LX";
                    break;
                case "SV1" when _claim?.Lines.LastOrDefault() is { } line:
                    var procedure = El(e, 1).Split(_d.Component);
                    line.Code = procedure.Length > 1 ? procedure[1] : "";
                    line.Modifiers = procedure.Skip(2).Where(m => m.Length > 0).ToList();
                    line.Charge = ParseDecimal(El(e, 2), "SV102");
                    line.Units = El(e, 4).Length == 0 ? 0 : ParseDecimal(El(e, 4), "SV104");
                    line.Pointers = El(e, 7).Length == 0 ? [] : El(e, 7).Split(_d.Component).Select(p => ParseInt(p, "SV107")).ToList();
                    break;
                case "DTP" when El(e, 1) == "472" && _claim?.Lines.LastOrDefault() is { } line:
                    // D8 is one date; RD8 a range "from-to" of which the first date is the date of service.
                    line.Date = ParseDate(El(e, 3).Split('-')[0], "DTP03");
                    break;
                case "DTP" when _entity == "CLM" && _claim is not null:
                    // 2300 dates: 431 onset of current illness, 439 accident; the others are not read back.
                    if (El(e, 1) == "431")
                    {
                        _claim.OnsetDate = ParseDate(El(e, 3), "DTP03 (431 onset)");
                    }
                    else if (El(e, 1) == "439")
                    {
                        _claim.AccidentDate = ParseDate(El(e, 3), "DTP03 (439 accident)");
                    }

                    break;
                case "NTE" when _entity == "CLM" && _claim is not null && El(e, 1) == "ADD":
                    _claim.Note ??= El(e, 2);
                    break;
            }
        }

        private void Nm1(string[] e)
        {
            _entity = El(e, 1);
            var entity = new Entity { Last = El(e, 3), First = El(e, 4), Id = El(e, 9) };
            switch (_entity)
            {
                case "41": // 1000A submitter
                    _submitterName = entity.Last;
                    break;
                case "40": // 1000B receiver
                    _receiverName = entity.Last;
                    break;
                case "85": // 2010AA billing provider
                    _billing.Last = entity.Last;
                    _billing.Id = entity.Id;
                    break;
                case "IL" or "PR" when _claim is not null:
                    _entity = ""; // 2330A/2330B other subscriber and payer
                    break;
                case "IL": // 2010BA subscriber
                    _subscriber.Last = entity.Last;
                    _subscriber.First = entity.First;
                    _subscriber.Id = entity.Id;
                    break;
                case "PR": // 2010BB payer
                    _payer.Last = entity.Last;
                    _payer.Id = entity.Id;
                    break;
                case "QC": // 2010CA patient
                    _patient.Last = entity.Last;
                    _patient.First = entity.First;
                    break;
                case "DN" when _claim is not null: // 2310A referring
                    _claim.Referring = entity;
                    break;
                case "82" when _claim is not null: // 2310B rendering
                    _claim.Rendering = entity;
                    break;
                case "77" when _claim is not null: // 2310C service facility
                    _claim.Facility = entity;
                    break;
                default:
                    _entity = ""; // pay-to, supervising, other loops: not read back
                    break;
            }
        }

        private void Ref(string[] e)
        {
            var value = El(e, 2);
            switch (El(e, 1))
            {
                case "EI" when _entity == "85":
                    _billing.Tin = value;
                    break;
                case "G1" when _claim is not null:
                    _claim.PriorAuthorization = value;
                    break;
                case "F8" when _claim is not null:
                    _claim.PayerClaimControlNumber = value;
                    break;
                case "6R" when _claim?.Lines.LastOrDefault() is { } line && _entity == "LX":
                    line.ControlNumber = value;
                    break;
            }
        }

        private void Clm(string[] e)
        {
            FinishClaim();
            Require(El(e, 1).Length > 0, "CLM01 patient control number is empty");
            var place = El(e, 5).Split(_d.Component);
            var related = El(e, 11).Split(_d.Component);
            _claim = new ClaimBuilder
            {
                ControlNumber = El(e, 1),
                Total = ParseDecimal(El(e, 2), "CLM02"),
                Place = place[0],
                Frequency = place.Length > 2 ? place[2] : "",
                RelatedCauses = related.Take(2).Where(c => c.Length > 0).ToList(),
                AutoAccidentState = related.Length > 3 ? NullIfEmpty(related[3]) : null,
                Segment = _segmentNumber,
            };
            _entity = "CLM";
        }

        private void FinishClaim()
        {
            if (_claim is not { } c)
            {
                return;
            }

            _claim = null;
            Require(_subscriber.Id.Length > 0 || _subscriber.Last.Length > 0, $"claim {c.ControlNumber} (segment {c.Segment}) has no subscriber (loop 2010BA)");
            var selfPatient = _patient.Last.Length == 0;
            var subscriber = new Subscriber837(_subscriber.Last, _subscriber.First, _subscriber.Id, _subscriber.BirthDate, _subscriber.Sex,
                _subscriber.Address(), _groupNumber, selfPatient ? Subscriber837.Self : _relationship ?? "", _sequence, _filing ?? "");
            _claims.Add(new Claim837(
                new BillingProvider837(_billing.Last, _billing.Id, _billing.Tin, _billing.Address() ?? Address.Empty, NullIfEmpty(_billing.Taxonomy ?? "")),
                subscriber,
                selfPatient ? null : new Patient837(_patient.Last, _patient.First, _patient.BirthDate, _patient.Sex, _patient.Address()),
                new Payer837(_payer.Last, _payer.Id),
                c.ControlNumber, c.Total, c.Place, c.Frequency, c.PayerClaimControlNumber, c.PriorAuthorization, c.Diagnoses,
                c.Rendering is { } r ? new Provider837(r.Last, r.First, r.Id, r.Taxonomy) : null,
                c.Referring is { } f ? new Provider837(f.Last, f.First, f.Id) : null,
                c.Facility is { } s ? new ServiceFacility837(s.Last, NullIfEmpty(s.Id), s.Address() ?? Address.Empty) : null,
                c.Lines.Select(l => new ServiceLine837(l.Date, l.Code, l.Modifiers, l.Charge, l.Units, l.Pointers, l.ControlNumber)).ToList(),
                c.RelatedCauses.Count == 0 ? null : c.RelatedCauses,
                c.AutoAccidentState,
                c.AccidentDate,
                c.OnsetDate,
                _medicareSecondary,
                c.Note));
        }

        private Entity? Current() => _entity switch
        {
            "85" => _billing,
            "IL" => _subscriber,
            "PR" => _payer,
            "QC" => _patient,
            "77" => _claim?.Facility,
            _ => null,
        };

        private static string El(string[] e, int i) => i < e.Length ? e[i].Trim() : "";

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

        private void Require(bool condition, string problem)
        {
            if (!condition)
            {
                Fail(problem);
            }
        }

        private void Fail(string problem) => throw new FormatException(Message(_segmentNumber, _segmentId, problem));

        private static Result<Parsed837> Fail(int number, string id, string problem) =>
            Result.Failure<Parsed837>(Message(number, id, problem));

        private static string Message(int number, string id, string problem) => $"Segment {number} ({X12Elements.Shorten(id)}): {problem}.";

        private int ParseInt(string value, string field) =>
            int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Bad(field, value, "a whole number");

        private decimal ParseDecimal(string value, string field) =>
            decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : throw Bad(field, value, "a number");

        private DateOnly ParseDate(string value, string field) =>
            DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Bad(field, value, "a CCYYMMDD date");

        private DateTime ParseDateTime(string date, string time)
        {
            var day = ParseDate(date, "GS04");
            var hhmm = time.Length >= 4 ? time[..4] : time;
            return TimeOnly.TryParseExact(hhmm, "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? day.ToDateTime(t)
                : throw Bad("GS05", time, "an HHMM time");
        }

        private FormatException Bad(string field, string value, string expected) =>
            new(Message(_segmentNumber, _segmentId, $"{field} \"{value}\" is not {expected}"));
    }

    /// <summary>A name, identifier, address and demographics as the NM1/N3/N4/DMG/REF segments fill them.</summary>
    private sealed class Entity
    {
        public string Last { get; set; } = "";
        public string First { get; set; } = "";
        public string Id { get; set; } = "";
        public string Tin { get; set; } = "";
        public string? Taxonomy { get; set; }
        public string Line1 { get; set; } = "";
        public string? Line2 { get; set; }
        public string City { get; set; } = "";
        public string State { get; set; } = "";
        public string Zip { get; set; } = "";
        public DateOnly? BirthDate { get; set; }
        public Sex Sex { get; set; }

        public Address? Address() => Line1.Length == 0 && City.Length == 0 ? null : new Address(Line1, Line2, City, State, Zip);

        public void Clear()
        {
            Last = First = Id = Tin = Line1 = City = State = Zip = "";
            Taxonomy = Line2 = null;
            BirthDate = null;
            Sex = Sex.Unknown;
        }
    }

    private sealed class ClaimBuilder
    {
        public string ControlNumber { get; init; } = "";
        public decimal Total { get; init; }
        public string Place { get; init; } = "";
        public string Frequency { get; init; } = "";
        public int Segment { get; init; }
        public string? PayerClaimControlNumber { get; set; }
        public string? PriorAuthorization { get; set; }
        public List<string> RelatedCauses { get; init; } = [];
        public string? AutoAccidentState { get; init; }
        public DateOnly? AccidentDate { get; set; }
        public DateOnly? OnsetDate { get; set; }
        public string? Note { get; set; }
        public List<string> Diagnoses { get; } = [];
        public Entity? Rendering { get; set; }
        public Entity? Referring { get; set; }
        public Entity? Facility { get; set; }
        public List<LineBuilder> Lines { get; } = [];
    }

    private sealed class LineBuilder
    {
        public DateOnly Date { get; set; }
        public string Code { get; set; } = "";
        public List<string> Modifiers { get; set; } = [];
        public decimal Charge { get; set; }
        public decimal Units { get; set; }
        public List<int> Pointers { get; set; } = [];
        public string? ControlNumber { get; set; }
    }
}
