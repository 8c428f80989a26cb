using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Claims;

/// <summary>
/// The last value handed out for each numbered series (patient control numbers, ISA13
/// interchange and GS06 group control numbers, payment receipts, statements). Taken with one UPDATE ... RETURNING so two
/// instances never hand out the same number.
/// </summary>
public sealed class ControlNumberSequence
{
    public const string PatientControlNumber = "claim";
    public const string Interchange = "interchange";
    public const string Receipt = "receipt";
    public const string Statement = "statement";

    private ControlNumberSequence()
    {
    }

    public ControlNumberSequence(string name, long lastValue)
    {
        Name = name;
        LastValue = lastValue;
    }

    public string Name { get; private set; } = "";

    public long LastValue { get; private set; }
}

/// <summary>A payer that requires prior authorization for a procedure code (the scrubber checks REF*G1 / box 23).</summary>
public sealed class PriorAuthorizationRequirement
{
    private PriorAuthorizationRequirement()
    {
    }

    public PriorAuthorizationRequirement(int payerId, string procedureCode)
    {
        PayerId = payerId;
        ProcedureCode = procedureCode;
    }

    public int Id { get; private set; }

    public int PayerId { get; private set; }

    public string ProcedureCode { get; private set; } = "";
}

/// <summary>A biller's named worklist view: the filter and sort, saved per user.</summary>
public sealed class SavedClaimView
{
    private SavedClaimView()
    {
    }

    public SavedClaimView(string userId, string name, string filterJson, DateTime createdAtUtc)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Give the view a name.");
        }

        UserId = userId;
        Name = name.Trim();
        FilterJson = filterJson;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string FilterJson { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public void Update(string filterJson) => FilterJson = filterJson;
}
