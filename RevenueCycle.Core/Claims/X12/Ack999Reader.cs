using System.Globalization;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.X12;
using static RevenueCycle.Core.X12.X12Elements;

namespace RevenueCycle.Core.Claims.X12;

/// <summary>
/// Reads 999 implementation acknowledgements (005010X231A1), the receiver's syntax verdict on an 837 group:
/// AK1 names our group by its GS06, each AK2 loop one of our transaction sets with its IK3/IK4 errors and IK5
/// verdict, and AK9 the verdict on the group. Delimiters come from the ISA; the envelope counts and control
/// numbers are checked. Bad input is a failure naming the segment (counted from the first ISA, 1-based), never an exception.
/// </summary>
public static class Ack999Reader
{
    private const string Document = "999 acknowledgement";

    /// <summary>Reads every 999 transaction set in the file, or the first problem found.</summary>
    public static Result<Parsed999> Read(string text)
    {
        var segments = X12Input.Segments(text, out var tokenizer, out var problem);
        if (segments is null)
        {
            return Result.Failure<Parsed999>(problem!);
        }

        try
        {
            return Result.Success(new Parser(segments, tokenizer!.Component).ReadAll());
        }
        catch (X12FormatException e)
        {
            return Result.Failure<Parsed999>(e.Message);
        }
    }

    internal static AckEnvelope ToEnvelope(X12EnvelopeHeader h) =>
        new(h.SenderQualifier, h.SenderId, h.ReceiverQualifier, h.ReceiverId, h.InterchangeControlNumber, h.UsageIndicator, h.GroupControlNumber, h.Version, h.CreatedAt);

    /// <summary>Walks the segments once, keeping the open transaction set, AK2 loop and IK3 loop.</summary>
    private sealed class Parser(List<X12Segment> segments, char component)
    {
        private readonly X12EnvelopeTracker _envelope = new("FA", "999", "005010X231", Document);
        private readonly List<Ack999> _acknowledgements = [];
        private X12Segment? _st;
        private X12Segment? _ak1;
        private Ack999GroupStatus? _ak9;
        private readonly List<Ack999TransactionSet> _sets = [];
        private X12Segment? _ak2;
        private readonly List<Ack999SegmentError> _segmentErrors = [];
        private SegmentErrorBuilder? _ik3;

        public Parsed999 ReadAll()
        {
            foreach (var s in segments)
            {
                switch (_envelope.Read(s))
                {
                    case X12EnvelopeStep.TransactionStarted:
                        _st = s;
                        _ak1 = null;
                        _ak9 = null;
                        _sets.Clear();
                        break;
                    case X12EnvelopeStep.TransactionEnded:
                        EndTransaction(s);
                        break;
                    case X12EnvelopeStep.Body:
                        ReadBody(s);
                        break;
                }
            }

            _envelope.Finish(segments[^1]);
            Require(segments[^1], _acknowledgements.Count > 0, "the file holds no 999 transaction set");
            return new Parsed999(_acknowledgements[0].Envelope, _acknowledgements);
        }

        private void ReadBody(X12Segment s)
        {
            switch (s.Id)
            {
                case "AK1":
                    Require(s, _ak1 is null, "a second AK1 in the transaction set; a 999 acknowledges one group");
                    RequireElements(s, 1, "AK101 functional identifier code");
                    RequireElements(s, 2, "AK102 group control number");
                    _ak1 = s;
                    return;
                case "AK2":
                    Require(s, _ak1 is not null && _ak9 is null, "AK2 before AK1 or after AK9");
                    EndAk2(s);
                    RequireElements(s, 1, "AK201 transaction set identifier");
                    RequireElements(s, 2, "AK202 transaction set control number");
                    _ak2 = s;
                    return;
                case "IK3":
                    Require(s, _ak2 is not null, "IK3 outside an AK2 transaction set response loop");
                    EndIk3();
                    RequireElements(s, 1, "IK301 segment id");
                    RequireElements(s, 4, "IK304 segment syntax error code");
                    _ik3 = new SegmentErrorBuilder(s, Integer(s, 2, "IK302 segment position"));
                    return;
                case "CTX" when _ik3 is not null:
                    // CTX*CLM01:<patient control number> names the claim the error is in.
                    var context = s[1].Split(component);
                    if (context is ["CLM01", var claim, ..] && claim.Length > 0)
                    {
                        _ik3.PatientControlNumber ??= claim;
                    }

                    return;
                case "CTX":
                    Require(s, _ak2 is not null, "CTX outside an AK2 transaction set response loop");
                    return;
                case "IK4":
                    Require(s, _ik3 is not null, "IK4 outside an IK3 segment error loop");
                    _ik3!.Elements.Add(ReadIk4(s));
                    return;
                case "IK5":
                    Require(s, _ak2 is not null, "IK5 outside an AK2 transaction set response loop");
                    RequireElements(s, 1, "IK501 transaction set acknowledgment code");
                    Require(s, s[1] is "A" or "E" or "M" or "R" or "W" or "X", $"IK501 '{s[1]}' is not A, E, M, R, W or X");
                    EndIk3();
                    _sets.Add(new Ack999TransactionSet(_ak2!.Number, _ak2[1], _ak2[2], Optional(_ak2, 3), _segmentErrors.ToList(), s[1], Codes(s, 2, 6)));
                    _segmentErrors.Clear();
                    _ak2 = null;
                    return;
                case "AK9":
                    Require(s, _ak1 is not null && _ak9 is null, "AK9 without AK1, or a second AK9");
                    EndAk2(s);
                    RequireElements(s, 1, "AK901 functional group acknowledge code");
                    Require(s, s[1] is "A" or "E" or "M" or "P" or "R" or "W" or "X", $"AK901 '{s[1]}' is not A, E, M, P, R, W or X");
                    _ak9 = new Ack999GroupStatus(s.Number, s[1], Integer(s, 2, "AK902 included transaction sets"), Integer(s, 3, "AK903 received transaction sets"),
                        Integer(s, 4, "AK904 accepted transaction sets"), Codes(s, 5, 9));
                    return;
                default:
                    throw new X12FormatException(s, $"{s.Id} is not a 999 segment (AK1, AK2, IK3, CTX, IK4, IK5, AK9)");
            }
        }

        private void EndTransaction(X12Segment se)
        {
            Require(se, _ak1 is not null, "the transaction set has no AK1 naming the acknowledged group");
            Require(se, _ak9 is not null, "the transaction set has no AK9 group response trailer");
            _acknowledgements.Add(new Ack999(
                Ack999Reader.ToEnvelope(_envelope.Header!), _st!.Number, _st[2], _ak1![1], _ak1[2], Optional(_ak1, 3), _sets.ToList(), _ak9!));
        }

        /// <summary>An AK2 loop must close with IK5 before the next AK2 or the AK9.</summary>
        private void EndAk2(X12Segment next) =>
            Require(next, _ak2 is null, $"the AK2 loop for transaction set {_ak2?[2]} (segment {_ak2?.Number}) has no IK5 response trailer");

        private void EndIk3()
        {
            if (_ik3 is not null)
            {
                _segmentErrors.Add(_ik3.Build());
                _ik3 = null;
            }
        }

        private Ack999ElementError ReadIk4(X12Segment s)
        {
            // IK401 is a composite: position in segment : component position : repeating element position.
            RequireElements(s, 1, "IK401 position in segment");
            var position = s[1].Split(component);
            RequireElements(s, 3, "IK403 data element syntax error code");
            return new Ack999ElementError(
                s.Number,
                Whole(s, position[0], "IK401-1 element position") ?? throw new X12FormatException(s, "IK401-1 element position is missing"),
                position.Length > 1 ? Whole(s, position[1], "IK401-2 component position") : null,
                position.Length > 2 ? Whole(s, position[2], "IK401-3 repetition position") : null,
                Optional(s, 2),
                s[3],
                Optional(s, 4));
        }

        private static int? Whole(X12Segment s, string value, string what)
        {
            if (value.Length == 0)
            {
                return null;
            }

            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new X12FormatException(s, $"{what} '{value}' is not a whole number");
        }

        private static List<string> Codes(X12Segment s, int first, int last) =>
            Enumerable.Range(first, last - first + 1).Select(i => s[i]).Where(c => c.Length > 0).ToList();
    }

    private sealed class SegmentErrorBuilder(X12Segment ik3, int position)
    {
        public string? PatientControlNumber { get; set; }

        public List<Ack999ElementError> Elements { get; } = [];

        public Ack999SegmentError Build() =>
            new(ik3.Number, ik3[1], position, Optional(ik3, 3), ik3[4], PatientControlNumber, Elements);
    }
}
