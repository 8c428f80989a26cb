namespace RevenueCycle.Core.Claims.Scrubbing;

/// <summary>What a finding does to the claim.</summary>
public enum ScrubSeverity
{
    /// <summary>The claim may go out; the biller should look.</summary>
    Warning,

    /// <summary>The payer or clearinghouse would reject or deny the claim: fix it before sending.</summary>
    Error,

    /// <summary>The claim is held for a person to review (a possible duplicate, a payer's policy).</summary>
    Hold,
}

/// <summary>One problem found on a claim.</summary>
/// <param name="RuleId">Stable rule id: SCR-nnn for built-in rules, EDIT:&lt;id&gt; for coding edits, PAYER:&lt;name&gt; for payer rules.</param>
/// <param name="Severity">Error and Hold keep the claim from going out.</param>
/// <param name="Message">What is wrong on this claim, in a biller's words.</param>
/// <param name="Field">Stable path of the field to fix ("billing.npi", "line[3].pointer1", "diagnosis[2].code"); the UI links it to its editor.</param>
/// <param name="LineNumber">The service line's number when the finding concerns a line; otherwise null.</param>
/// <param name="FixHint">What to do about it.</param>
public sealed record ScrubFinding(string RuleId, ScrubSeverity Severity, string Message, string Field, int? LineNumber, string FixHint);

/// <summary>The scrubber's verdict on one claim.</summary>
public sealed class ScrubResult
{
    /// <summary>Creates a result from its findings.</summary>
    public ScrubResult(int claimId, IReadOnlyList<ScrubFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ClaimId = claimId;
        Findings = findings;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case ScrubSeverity.Error:
                    ErrorCount++;
                    break;
                case ScrubSeverity.Hold:
                    HoldCount++;
                    break;
                default:
                    WarningCount++;
                    break;
            }
        }
    }

    /// <summary>The claim scrubbed.</summary>
    public int ClaimId { get; }

    /// <summary>Every finding, built-in rules first, then coding edits, then payer rules.</summary>
    public IReadOnlyList<ScrubFinding> Findings { get; }

    /// <summary>Number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>Number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>Number of holds.</summary>
    public int HoldCount { get; }

    /// <summary>True when the claim may be sent: no error and no hold (warnings allowed).</summary>
    public bool Passed => ErrorCount == 0 && HoldCount == 0;

    /// <summary>True when a rule holds the claim for review.</summary>
    public bool HasHold => HoldCount > 0;
}
