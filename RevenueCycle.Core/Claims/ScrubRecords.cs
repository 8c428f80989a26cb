namespace RevenueCycle.Core.Claims;

/// <summary>
/// One scrub of one claim, stored with its findings. Runs are written in bulk by
/// <see cref="ClaimScrubService"/> (multi-row inserts); this type reads them back.
/// </summary>
public sealed class ScrubRun
{
    private readonly List<ScrubFindingRecord> _findings = [];

    private ScrubRun()
    {
    }

    public long Id { get; private set; }

    public int ClaimId { get; private set; }

    public DateTime RunAtUtc { get; private set; }

    public string UserId { get; private set; } = "";

    public bool IsFirst { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Holds { get; private set; }

    public bool Passed => Errors == 0 && Holds == 0;

    public IReadOnlyList<ScrubFindingRecord> Findings => _findings;
}

/// <summary>A stored scrubber finding: the rule, its severity (Error, Warning, Hold), the message and where to fix it.</summary>
public sealed class ScrubFindingRecord
{
    private ScrubFindingRecord()
    {
    }

    public ScrubFindingRecord(string ruleId, string severity, string message, string? field, int? lineNumber, string? fixHint)
    {
        RuleId = ruleId;
        Severity = severity;
        Message = message.Length > 500 ? message[..497] + "..." : message;
        Field = field;
        LineNumber = lineNumber;
        FixHint = fixHint is { Length: > 500 } ? fixHint[..497] + "..." : fixHint;
    }

    public long Id { get; private set; }

    public long ScrubRunId { get; private set; }

    /// <summary>For findings stored apart from their run (the bulk path of a large scrub).</summary>
    internal ScrubFindingRecord ForRun(long runId)
    {
        ScrubRunId = runId;
        return this;
    }

    public string RuleId { get; private set; } = "";

    public string Severity { get; private set; } = "";

    public string Message { get; private set; } = "";

    /// <summary>The field path the finding points at ("subscriber.memberId", "line[2].pointer1"), for the link to fix it.</summary>
    public string? Field { get; private set; }

    public int? LineNumber { get; private set; }

    public string? FixHint { get; private set; }
}

/// <summary>
/// A payer-specific scrubber rule made by an admin or manager without code changes: its
/// definition (conditions, AND/OR, action, message) is stored as JSON and read by the scrubber.
/// </summary>
public sealed class PayerRule : Common.IVersioned
{
    private PayerRule()
    {
    }

    public PayerRule(string name, int? payerId, string? filingIndicator, string definitionJson, bool isActive, DateTime atUtc, string userId)
    {
        Name = name;
        Update(name, payerId, filingIndicator, definitionJson, isActive, atUtc, userId);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The payer it applies to; null with no filing indicator means every payer.</summary>
    public int? PayerId { get; private set; }

    /// <summary>The claim filing indicator it applies to (MB, MC, CI...), when not one payer.</summary>
    public string? FilingIndicator { get; private set; }

    public string DefinitionJson { get; private set; } = "";

    public bool IsActive { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedByUserId { get; private set; } = "";

    public int Version { get; private set; }

    public void Update(string name, int? payerId, string? filingIndicator, string definitionJson, bool isActive, DateTime atUtc, string userId)
    {
        Name = name.Trim();
        PayerId = payerId;
        FilingIndicator = string.IsNullOrWhiteSpace(filingIndicator) ? null : filingIndicator.Trim().ToUpperInvariant();
        DefinitionJson = definitionJson;
        IsActive = isActive;
        UpdatedAtUtc = atUtc;
        UpdatedByUserId = userId;
    }
}
