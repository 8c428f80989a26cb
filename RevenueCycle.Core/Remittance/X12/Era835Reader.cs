using RevenueCycle.Core.Common;
using RevenueCycle.Core.X12;
using static RevenueCycle.Core.X12.X12Elements;

namespace RevenueCycle.Core.Remittance.X12;

/// <summary>
/// Reads X12 835 health care claim payment/advice files (005010X221A1). A file may hold several
/// interchanges (ISA/IEA), groups (GS/GE) and transactions (ST/SE); each ST/SE becomes one <see cref="Era835"/>.
/// Bad input is a failure naming the segment (counted from the first ISA, 1-based), never an exception.
/// </summary>
public static class Era835Reader
{
    /// <summary>Reads every 835 transaction in the file, or the first problem found.</summary>
    public static Result<IReadOnlyList<Era835>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        if (start == text.Length)
        {
            return Result.Failure<IReadOnlyList<Era835>>("The file is empty.");
        }

        var delimiters = X12Tokenizer.FromIsa(text, start, out var problem);
        if (delimiters is null)
        {
            return Result.Failure<IReadOnlyList<Era835>>($"Segment 1: {problem}.");
        }

        var segments = delimiters.Split(text, start, out problem);
        if (problem is not null)
        {
            return Result.Failure<IReadOnlyList<Era835>>(Capitalize(problem) + ".");
        }

        try
        {
            return Result.Success<IReadOnlyList<Era835>>(new Parser(segments, delimiters.Component).ReadAll());
        }
        catch (X12FormatException e)
        {
            return Result.Failure<IReadOnlyList<Era835>>(e.Message);
        }
    }

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Walks the segments once, keeping the open envelope, transaction, claim and service line.</summary>
    private sealed class Parser(List<X12Segment> segments, char component)
    {
        private readonly List<Era835> _transactions = [];
        private bool _inInterchange;
        private bool _inGroup;
        private Era835TransactionBuilder? _transaction;

        public List<Era835> ReadAll()
        {
            foreach (var segment in segments)
            {
                Read(segment);
            }

            var last = segments[^1];
            if (_transaction is not null)
            {
                throw new X12FormatException(last, $"the file ends inside transaction {_transaction.ControlNumber}, before its SE trailer");
            }

            if (_inGroup || _inInterchange)
            {
                throw new X12FormatException(last, _inGroup ? "the file ends before the GE group trailer" : "the file ends before the IEA interchange trailer");
            }

            return _transactions;
        }

        private void Read(X12Segment s)
        {
            switch (s.Id)
            {
                case "ISA":
                    Require(s, !_inInterchange, "a new ISA interchange starts before the previous one ended with IEA");
                    Require(s, s.Count == 16, $"the ISA header has {s.Count} elements instead of 16");
                    _inInterchange = true;
                    return;
                case "IEA":
                    Require(s, _inInterchange && !_inGroup, "IEA without an open interchange, or before the GE group trailer");
                    _inInterchange = false;
                    return;
                case "GS":
                    Require(s, _inInterchange && !_inGroup, "GS outside an interchange or inside another group");
                    _inGroup = true;
                    return;
                case "GE":
                    Require(s, _inGroup && _transaction is null, "GE without an open group, or before the SE transaction trailer");
                    _inGroup = false;
                    return;
                case "ST":
                    Require(s, _inGroup && _transaction is null, "ST outside a GS group or inside another transaction");
                    Require(s, s[1] == "835", $"the transaction is a {s[1]}, not an 835 remittance");
                    RequireElements(s, 2, "ST02 control number");
                    _transaction = new Era835TransactionBuilder(s[2], s.Number, component);
                    return;
                case "SE":
                    Require(s, _transaction is not null, "SE without an ST");
                    var counted = s.Number - _transaction!.StartSegment + 1;
                    Require(s, Integer(s, 1, "SE01 segment count") == counted, $"SE01 says the transaction has {s[1]} segments but it has {counted}");
                    _transactions.Add(_transaction.Build());
                    _transaction = null;
                    return;
                default:
                    Require(s, _transaction is not null, "a segment outside any ST/SE transaction");
                    _transaction!.Read(s);
                    return;
            }
        }
    }
}
