using System.Globalization;
using static RevenueCycle.Core.X12.X12Elements;

namespace RevenueCycle.Core.X12;

/// <summary>What an envelope segment did: opened or closed a transaction set, or belongs to the transaction body.</summary>
internal enum X12EnvelopeStep
{
    Envelope,
    TransactionStarted,
    TransactionEnded,
    Body,
}

/// <summary>The ISA and GS values of the group a transaction set sits in.</summary>
internal sealed record X12EnvelopeHeader(
    string SenderQualifier,
    string SenderId,
    string ReceiverQualifier,
    string ReceiverId,
    string InterchangeControlNumber,
    char UsageIndicator,
    string GroupSenderId,
    string GroupReceiverId,
    string GroupControlNumber,
    string Version,
    DateTime? CreatedAt);

/// <summary>
/// Walks ISA/GS/ST/SE/GE/IEA for a reader and checks what a strict translator checks: nesting, the SE01
/// segment count, SE02 = ST02, GE01 transaction-set count, GE02 = GS06, IEA01 group count, IEA02 = ISA13,
/// the GS01 functional identifier and the GS08 version. Each problem is an <see cref="X12FormatException"/>
/// naming the segment.
/// </summary>
internal sealed class X12EnvelopeTracker(string functionalIdentifier, string transactionSetId, string versionPrefix, string documentName)
{
    private string[]? _isa;
    private bool _interchangeEnded;
    private int _groupCount;
    private string? _groupControlNumber;
    private int _transactionCount;
    private X12Segment? _transactionStart;

    /// <summary>The header of the group currently open (or last opened).</summary>
    public X12EnvelopeHeader? Header { get; private set; }

    /// <summary>ST02 of the open transaction set, or null between transaction sets.</summary>
    public string? TransactionControlNumber => _transactionStart?[2];

    public X12EnvelopeStep Read(X12Segment s)
    {
        switch (s.Id)
        {
            case "ISA":
                Require(s, _isa is null, "a new ISA interchange starts before the previous one ended with IEA");
                Require(s, s.Count == 16, $"the ISA header has {s.Count} elements instead of 16");
                RequireElements(s, 13, "ISA13 interchange control number");
                _isa = s.Elements;
                _interchangeEnded = false;
                _groupCount = 0;
                return X12EnvelopeStep.Envelope;
            case "GS":
                Require(s, _isa is not null && _groupControlNumber is null, "GS outside an ISA interchange or inside another group");
                Require(s, s[1] == functionalIdentifier, $"GS01 '{s[1]}' is not {functionalIdentifier}, so this group is not a {documentName}");
                Require(s, s[8].StartsWith(versionPrefix, StringComparison.Ordinal), $"GS08 version '{s[8]}' is not {versionPrefix}, so this group is not a {documentName}");
                RequireElements(s, 6, "GS06 group control number");
                _groupControlNumber = s[6];
                _groupCount++;
                _transactionCount = 0;
                Header = new X12EnvelopeHeader(
                    _isa![5].Trim(), _isa[6].Trim(), _isa[7].Trim(), _isa[8].Trim(), _isa[13].Trim(),
                    _isa[15].Trim() is [var usage] ? usage : ' ', s[2], s[3], s[6], s[8], CreatedAt(s[4], s[5]));
                return X12EnvelopeStep.Envelope;
            case "ST":
                Require(s, _groupControlNumber is not null && _transactionStart is null, "ST outside a GS group or inside another transaction set");
                Require(s, s[1] == transactionSetId, $"ST01 '{s[1]}' is not {transactionSetId}, so the transaction set is not a {documentName}");
                RequireElements(s, 2, "ST02 transaction set control number");
                _transactionStart = s;
                _transactionCount++;
                return X12EnvelopeStep.TransactionStarted;
            case "SE":
                Require(s, _transactionStart is not null, "SE without an ST");
                var counted = s.Number - _transactionStart!.Number + 1;
                Require(s, Integer(s, 1, "SE01 segment count") == counted, $"SE01 says the transaction set has {s[1]} segments but it has {counted}");
                Require(s, s[2] == _transactionStart[2], $"SE02 '{s[2]}' does not match ST02 '{_transactionStart[2]}'");
                _transactionStart = null;
                return X12EnvelopeStep.TransactionEnded;
            case "GE":
                Require(s, _groupControlNumber is not null && _transactionStart is null, "GE without an open group, or before the SE transaction set trailer");
                Require(s, Integer(s, 1, "GE01 transaction set count") == _transactionCount, $"GE01 says the group has {s[1]} transaction sets but it has {_transactionCount}");
                Require(s, s[2] == _groupControlNumber, $"GE02 '{s[2]}' does not match GS06 '{_groupControlNumber}'");
                _groupControlNumber = null;
                return X12EnvelopeStep.Envelope;
            case "IEA":
                Require(s, _isa is not null && _groupControlNumber is null, "IEA without an open interchange, or before the GE group trailer");
                Require(s, Integer(s, 1, "IEA01 group count") == _groupCount, $"IEA01 says the interchange has {s[1]} groups but it has {_groupCount}");
                Require(s, s[2] == _isa![13], $"IEA02 '{s[2]}' does not match ISA13 '{_isa[13]}'");
                _isa = null;
                _interchangeEnded = true;
                return X12EnvelopeStep.Envelope;
            default:
                Require(s, IsSegmentId(s.Id), $"'{Shorten(s.Id)}' is not a segment id (two or three letters and digits)");
                Require(s, _transactionStart is not null, _interchangeEnded
                    ? "a segment after the IEA interchange trailer"
                    : "a segment outside any ST/SE transaction set");
                return X12EnvelopeStep.Body;
        }
    }

    /// <summary>Checks that the file did not end inside a transaction set, group or interchange.</summary>
    public void Finish(X12Segment last)
    {
        if (_transactionStart is not null)
        {
            throw new X12FormatException(last, $"the file ends inside transaction set {_transactionStart[2]}, before its SE trailer");
        }

        if (_groupControlNumber is not null)
        {
            throw new X12FormatException(last, "the file ends before the GE group trailer");
        }

        if (_isa is not null)
        {
            throw new X12FormatException(last, "the file ends before the IEA interchange trailer");
        }
    }

    private static bool IsSegmentId(string id) => id.Length is 2 or 3 && id.All(char.IsAsciiLetterOrDigit) && char.IsAsciiLetterUpper(id[0]);

    private static DateTime? CreatedAt(string date, string time)
    {
        var hhmm = time.Length >= 4 ? time[..4] : time;
        return DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && TimeOnly.TryParseExact(hhmm, "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? day.ToDateTime(t)
            : null;
    }
}

/// <summary>The start of every reader: skip a byte-order mark and blank lines, take the delimiters from the ISA, cut into segments.</summary>
internal static class X12Input
{
    /// <summary>The segments, or a problem naming a segment (segment 1 when the file is not X12 at all).</summary>
    public static List<X12Segment>? Segments(string? text, out X12Tokenizer? tokenizer, out string? problem)
    {
        tokenizer = null;
        text ??= string.Empty;
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        if (start == text.Length)
        {
            problem = "Segment 1: the file is empty; there is no ISA interchange header.";
            return null;
        }

        tokenizer = X12Tokenizer.FromIsa(text, start, out problem);
        if (tokenizer is null)
        {
            problem = $"Segment 1: {problem}.";
            return null;
        }

        var segments = tokenizer.Split(text, start, out problem);
        if (problem is not null)
        {
            problem = char.ToUpperInvariant(problem[0]) + problem[1..] + ".";
            return null;
        }

        if (segments.Count == 0)
        {
            problem = "Segment 1: the file holds no segments.";
            return null;
        }

        return segments;
    }
}
