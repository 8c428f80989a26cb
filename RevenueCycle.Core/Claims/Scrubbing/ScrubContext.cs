using RevenueCycle.Core.Coding.Edits;

namespace RevenueCycle.Core.Claims.Scrubbing;

/// <summary>
/// What the rules read besides the claim: today's date, the coding reference, the payers' prior
/// authorization lists and the index of other live claims for the duplicate rule. Build it once per
/// batch; it is read-only afterwards and may be shared by threads.
/// </summary>
public sealed class ScrubContext
{
    private readonly HashSet<(int PayerId, string ProcedureCode)> _priorAuthorization;

    /// <param name="today">The date the claims would be sent (timely filing, DOS in the future).</param>
    /// <param name="codingReference">Code sets and edit tables for the coding edits.</param>
    /// <param name="priorAuthorizationRequired">Pairs (payer id, procedure code) the payer authorizes in advance.</param>
    /// <param name="duplicates">Lines of other live claims; null turns the duplicate rule off.</param>
    public ScrubContext(
        DateOnly today,
        ICodingReference codingReference,
        IEnumerable<(int PayerId, string ProcedureCode)>? priorAuthorizationRequired = null,
        DuplicateClaimIndex? duplicates = null)
    {
        ArgumentNullException.ThrowIfNull(codingReference);
        Today = today;
        CodingReference = codingReference;
        CodingEdits = new CodingEditsEngine(codingReference);
        Duplicates = duplicates;
        _priorAuthorization = new HashSet<(int, string)>(PayerCodeComparer.Instance);
        foreach (var pair in priorAuthorizationRequired ?? [])
        {
            _priorAuthorization.Add((pair.PayerId, pair.ProcedureCode.Trim()));
        }
    }

    /// <summary>The date the claims would be sent.</summary>
    public DateOnly Today { get; }

    /// <summary>The coding reference the coding edits read.</summary>
    public ICodingReference CodingReference { get; }

    /// <summary>The coding edits engine over <see cref="CodingReference"/>.</summary>
    public CodingEditsEngine CodingEdits { get; }

    /// <summary>Lines of other live claims, or null when duplicates are not checked.</summary>
    public DuplicateClaimIndex? Duplicates { get; }

    /// <summary>True when the payer requires prior authorization for the procedure code.</summary>
    public bool RequiresPriorAuthorization(int payerId, string procedureCode) =>
        _priorAuthorization.Count > 0 && _priorAuthorization.Contains((payerId, procedureCode));

    private sealed class PayerCodeComparer : IEqualityComparer<(int PayerId, string ProcedureCode)>
    {
        public static readonly PayerCodeComparer Instance = new();

        public bool Equals((int PayerId, string ProcedureCode) x, (int PayerId, string ProcedureCode) y) =>
            x.PayerId == y.PayerId && string.Equals(x.ProcedureCode, y.ProcedureCode, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((int PayerId, string ProcedureCode) obj) =>
            HashCode.Combine(obj.PayerId, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.ProcedureCode));
    }
}

/// <summary>
/// One service line of a live claim (not voided, not rejected for good) as the duplicate rule
/// compares it: same patient, payer, DOS and code as a line of another claim is a duplicate (CARC 18).
/// </summary>
public readonly record struct LiveClaimLine(int ClaimId, string ControlNumber, int PatientId, int PayerId, DateOnly ServiceDate, string ProcedureCode);

/// <summary>
/// The lines of live claims that may duplicate the claims being scrubbed, hashed by
/// (patient, payer, DOS, code). For a batch the caller loads them with one query, e.g.
/// <code>
/// SELECT c.Id, c.ControlNumber, c.PatientId, c.PayerId, l.DateOfService, l.Code
/// FROM ClaimLines l JOIN Claims c ON c.Id = l.ClaimId
/// WHERE c.Status NOT IN (Voided, ...) AND c.PatientId IN (the batch's patients)
///   AND l.DateOfService BETWEEN @firstDos AND @lastDos
/// </code>
/// (a join on a temporary table of the batch's patient ids for 10,000 claims). The batch's own
/// claims may be included: a claim never duplicates itself.
/// </summary>
public sealed class DuplicateClaimIndex
{
    private readonly Dictionary<Key, Hit> _lines;

    private DuplicateClaimIndex(Dictionary<Key, Hit> lines) => _lines = lines;

    /// <summary>An index that finds nothing.</summary>
    public static DuplicateClaimIndex Empty { get; } = new([]);

    /// <summary>Builds the index; codes compare without regard to case.</summary>
    public static DuplicateClaimIndex FromLines(IEnumerable<LiveClaimLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var index = new Dictionary<Key, Hit>();
        foreach (var line in lines)
        {
            var key = new Key(line.PatientId, line.PayerId, line.ServiceDate.DayNumber, line.ProcedureCode.Trim());
            if (!index.TryGetValue(key, out var hit))
            {
                index[key] = new Hit(line.ClaimId, line.ControlNumber, null);
            }
            else if (hit.SecondControlNumber is null && hit.FirstClaimId != line.ClaimId)
            {
                // Two distinct claims are enough: whichever is scrubbed, the other one is its duplicate.
                index[key] = hit with { SecondControlNumber = line.ControlNumber };
            }
        }

        return new DuplicateClaimIndex(index);
    }

    /// <summary>Number of distinct (patient, payer, DOS, code) keys held.</summary>
    public int Count => _lines.Count;

    /// <summary>Finds a claim other than <paramref name="claimId"/> with a line of the same patient, payer, DOS and code.</summary>
    public bool TryFindOther(int claimId, int patientId, int payerId, DateOnly serviceDate, string procedureCode, out string otherControlNumber)
    {
        if (_lines.Count > 0 && _lines.TryGetValue(new Key(patientId, payerId, serviceDate.DayNumber, procedureCode), out var hit))
        {
            if (hit.FirstClaimId != claimId)
            {
                otherControlNumber = hit.FirstControlNumber;
                return true;
            }

            if (hit.SecondControlNumber is { } second)
            {
                otherControlNumber = second;
                return true;
            }
        }

        otherControlNumber = "";
        return false;
    }

    private readonly record struct Hit(int FirstClaimId, string FirstControlNumber, string? SecondControlNumber);

    private readonly struct Key(int patientId, int payerId, int day, string code) : IEquatable<Key>
    {
        private readonly int _patientId = patientId;
        private readonly int _payerId = payerId;
        private readonly int _day = day;
        private readonly string _code = code;

        public bool Equals(Key other) =>
            _patientId == other._patientId && _payerId == other._payerId && _day == other._day
            && string.Equals(_code, other._code, StringComparison.OrdinalIgnoreCase);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(_patientId, _payerId, _day, StringComparer.OrdinalIgnoreCase.GetHashCode(_code));
    }
}
