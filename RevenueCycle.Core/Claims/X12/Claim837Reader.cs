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
                    // 2320 other subscriber information: one loop per other payer.
                    _claim.OtherPayers.Add(new OtherPayerBuilder
                    {
                        Sequence = El(e, 1) is [var sequence] ? sequence : ' ',
                        Relationship = El(e, 2),
                        GroupNumber = NullIfEmpty(El(e, 3)),
                        Filing = El(e, 9),
                    });
                    _entity = "2320";
                    break;
                case "CAS" when _entity == "2320" && _claim?.OtherPayers.LastOrDefault() is { } other:
                    other.Adjustments.AddRange(Cas(e));
                    break;
                case "CAS" when _entity == "SVD" && _claim?.Lines.LastOrDefault()?.Adjudications.LastOrDefault() is { } adjudication:
                    adjudication.Adjustments.AddRange(Cas(e));
                    break;
                case "AMT" when _entity == "2320" && _claim?.OtherPayers.LastOrDefault() is { } other:
                    if (El(e, 1) == "D")
                    {
                        other.Paid = ParseDecimal(El(e, 2), "AMT02 (D payer paid)");
                    }
                    else if (El(e, 1) == "EAF")
                    {
                        other.RemainingLiability = ParseDecimal(El(e, 2), "AMT02 (EAF remaining patient liability)");
                    }

                    break;
                case "AMT" when _entity == "SVD" && El(e, 1) == "EAF" && _claim?.Lines.LastOrDefault()?.Adjudications.LastOrDefault() is { } adjudication:
                    adjudication.RemainingLiability = ParseDecimal(El(e, 2), "AMT02 (EAF remaining patient liability)");
                    break;
                case "DTP" when El(e, 1) == "573" && _entity == "2330B" && _claim?.OtherPayers.LastOrDefault() is { } other:
                    other.AdjudicationDate = ParseDate(El(e, 3), "DTP03 (573 adjudication)");
                    break;
                case "DTP" when El(e, 1) == "573" && _entity == "SVD" && _claim?.Lines.LastOrDefault()?.Adjudications.LastOrDefault() is { } adjudication:
                    adjudication.AdjudicationDate = ParseDate(El(e, 3), "DTP03 (573 adjudication)");
                    break;
                case "SVD" when _claim?.Lines.LastOrDefault() is { } line:
                    // 2430 line adjudication; SVD03 is HC:code:modifiers(:description), SVD04 is not used.
                    var adjudicated = El(e, 3).Split(_d.Component);
                    line.Adjudications.Add(new AdjudicationBuilder
                    {
                        PayerId = El(e, 1),
                        Paid = ParseDecimal(El(e, 2), "SVD02"),
                        Code = adjudicated.Length > 1 ? adjudicated[1] : "",
                        Modifiers = adjudicated.Skip(2).Take(4).Where(m => m.Length > 0).ToList(),
                        Units = El(e, 5).Length == 0 ? 0 : ParseDecimal(El(e, 5), "SVD05"),
                        Segment = _segmentNumber,
                    });
                    _entity = "SVD";
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
                case "PRV" when El(e, 1) == "PE" && _entity == "82" && _claim?.Rendering is not null:
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
            if (_claim is { Lines.Count: 0 } claim && claim.OtherPayers.LastOrDefault() is { } other)
            {
                // After a 2320 SBR and before the first LX, names belong to the 2330 loops of that other payer.
                switch (_entity)
                {
                    case "IL": // 2330A other subscriber
                        other.Subscriber.Last = entity.Last;
                        other.Subscriber.First = entity.First;
                        other.Subscriber.Id = entity.Id;
                        _entity = "2330A";
                        break;
                    case "PR": // 2330B other payer
                        other.PayerName = entity.Last;
                        other.PayerId = entity.Id;
                        _entity = "2330B";
                        break;
                    default:
                        _entity = ""; // 2330C-2330G the other payer's providers: not read back
                        break;
                }

                return;
            }

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
                case "IL" or "PR" or "85" when _claim is not null:
                    _entity = ""; // not expected outside 2330A/2330B/2330E: ignored, never mistaken for 2010
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
                case "DN" when _claim is { Lines.Count: 0 }: // 2310A referring (a 2420 line provider is not read back)
                    _claim.Referring = entity;
                    break;
                case "82" when _claim is { Lines.Count: 0 }: // 2310B rendering
                    _claim.Rendering = entity;
                    break;
                case "77" when _claim is { Lines.Count: 0 }: // 2310C service facility
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
                case "G1" when _entity == "CLM" && _claim is not null:
                    _claim.PriorAuthorization = value;
                    break;
                case "F8" when _entity == "CLM" && _claim is not null:
                    _claim.PayerClaimControlNumber = value;
                    break;
                case "F8" when _entity == "2330B" && _claim?.OtherPayers.LastOrDefault() is { } other:
                    other.ClaimControlNumber = value;
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
                c.Lines.Select(l => new ServiceLine837(l.Date, l.Code, l.Modifiers, l.Charge, l.Units, l.Pointers, l.ControlNumber,
                    l.Adjudications.Count == 0 ? null : l.Adjudications.Select(Adjudication).ToList())).ToList(),
                c.RelatedCauses.Count == 0 ? null : c.RelatedCauses,
                c.AutoAccidentState,
                c.AccidentDate,
                c.OnsetDate,
                _medicareSecondary,
                c.Note,
                c.OtherPayers.Count == 0 ? null : c.OtherPayers.Select(OtherPayer).ToList()));
        }

        private static OtherPayer837 OtherPayer(OtherPayerBuilder o) => new(
            o.Sequence, o.Relationship, o.GroupNumber, o.Filing,
            new OtherSubscriber837(o.Subscriber.Last, NullIfEmpty(o.Subscriber.First), o.Subscriber.Id, o.Subscriber.Address()),
            new Payer837(o.PayerName, o.PayerId),
            o.Paid, o.Adjustments, o.RemainingLiability, o.AdjudicationDate, o.ClaimControlNumber);

        private LineAdjudication837 Adjudication(AdjudicationBuilder a)
        {
            // The guide requires DTP*573 in every 2430 loop.
            Require(a.AdjudicationDate is not null, $"the line adjudication (2430 SVD) at segment {a.Segment} has no adjudication date (DTP*573)");
            return new LineAdjudication837(a.PayerId, a.Paid, a.Code, a.Modifiers, a.Units, a.Adjustments, a.AdjudicationDate!.Value, a.RemainingLiability);
        }

        /// <summary>CAS01 group code, then reason/amount/quantity triplets until the first empty reason.</summary>
        private List<Cas837> Cas(string[] e)
        {
            var group = El(e, 1);
            Require(group.Length > 0, "CAS01 group code is empty");
            var adjustments = new List<Cas837>();
            for (var i = 2; El(e, i).Length > 0; i += 3)
            {
                var quantity = El(e, i + 2);
                adjustments.Add(new Cas837(group, El(e, i),
                    ParseDecimal(El(e, i + 1), "CAS" + (i + 1).ToString("00", CultureInfo.InvariantCulture)),
                    quantity.Length == 0 ? null : ParseDecimal(quantity, "CAS" + (i + 2).ToString("00", CultureInfo.InvariantCulture))));
            }

            return adjustments;
        }

        private Entity? Current() => _entity switch
        {
            "85" => _billing,
            "IL" => _subscriber,
            "PR" => _payer,
            "QC" => _patient,
            "77" => _claim?.Facility,
            "2330A" => _claim?.OtherPayers.LastOrDefault()?.Subscriber,
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
        public List<OtherPayerBuilder> OtherPayers { get; } = [];
    }

    private sealed class OtherPayerBuilder
    {
        public char Sequence { get; init; }
        public string Relationship { get; init; } = "";
        public string? GroupNumber { get; init; }
        public string Filing { get; init; } = "";
        public List<Cas837> Adjustments { get; } = [];
        public decimal? Paid { get; set; }
        public decimal? RemainingLiability { get; set; }
        public Entity Subscriber { get; } = new();
        public string PayerName { get; set; } = "";
        public string PayerId { get; set; } = "";
        public DateOnly? AdjudicationDate { get; set; }
        public string? ClaimControlNumber { get; set; }
    }

    private sealed class AdjudicationBuilder
    {
        public string PayerId { get; init; } = "";
        public decimal Paid { get; init; }
        public string Code { get; init; } = "";
        public List<string> Modifiers { get; init; } = [];
        public decimal Units { get; init; }
        public int Segment { get; init; }
        public List<Cas837> Adjustments { get; } = [];
        public DateOnly? AdjudicationDate { get; set; }
        public decimal? RemainingLiability { get; set; }
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
        public List<AdjudicationBuilder> Adjudications { get; } = [];
    }
}
