using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Coding;

/// <summary>A coder's reason for keeping a chart despite a coding-edit warning (errors cannot be overridden).</summary>
public sealed class CodingEditOverride
{
    private CodingEditOverride()
    {
    }

    public CodingEditOverride(int encounterId, string ruleId, EditTarget target, string reason, string userId, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Write why the warning does not apply to this chart.");
        }

        EncounterId = encounterId;
        RuleId = ruleId;
        TargetKind = target.Kind;
        TargetNumber = target.Number;
        Reason = reason.Trim();
        UserId = userId;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public int EncounterId { get; private set; }

    public string RuleId { get; private set; } = "";

    public EditTargetKind TargetKind { get; private set; }

    public int TargetNumber { get; private set; }

    public string Reason { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    public EditOverride ToEditOverride() => new(RuleId, new EditTarget(TargetKind, TargetNumber), Reason);
}

/// <summary>A coder's decision on a code the engine suggested from the note (acceptance rate KPI).</summary>
public sealed class CodeSuggestionDecision
{
    private CodeSuggestionDecision()
    {
    }

    public CodeSuggestionDecision(int encounterId, string code, CodeSystem system, double confidence, bool accepted, string userId, DateTime atUtc)
    {
        EncounterId = encounterId;
        Code = code;
        System = system;
        Confidence = confidence;
        Accepted = accepted;
        UserId = userId;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public int EncounterId { get; private set; }

    public string Code { get; private set; } = "";

    public CodeSystem System { get; private set; }

    public double Confidence { get; private set; }

    public bool Accepted { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTime AtUtc { get; private set; }
}
