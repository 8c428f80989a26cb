using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Payers;

/// <summary>
/// Charges and expected allowed amounts by procedure code. The default schedule (no payer) sets the
/// practice's charges; a payer's schedule holds what that payer's contract allows, so posting can
/// flag underpayments.
/// </summary>
public sealed class FeeSchedule
{
    private readonly List<FeeScheduleEntry> _entries = [];

    private FeeSchedule()
    {
    }

    public FeeSchedule(string name, int? payerId, DateOnly effectiveFrom)
    {
        Name = name;
        PayerId = payerId;
        EffectiveFrom = effectiveFrom;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Null for the practice's default schedule.</summary>
    public int? PayerId { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public DateOnly? EffectiveTo { get; private set; }

    public IReadOnlyList<FeeScheduleEntry> Entries => _entries;

    public void SetFee(string code, string? modifier, decimal charge, decimal expectedAllowed)
    {
        if (charge < 0 || expectedAllowed < 0)
        {
            throw new DomainException($"Fees for {code} cannot be negative.");
        }

        var existing = _entries.FirstOrDefault(e => e.Code == code && e.Modifier == modifier);
        if (existing is null)
        {
            _entries.Add(new FeeScheduleEntry(code, modifier, charge, expectedAllowed));
        }
        else
        {
            existing.Update(charge, expectedAllowed);
        }
    }
}

public sealed class FeeScheduleEntry
{
    private FeeScheduleEntry()
    {
    }

    internal FeeScheduleEntry(string code, string? modifier, decimal charge, decimal expectedAllowed)
    {
        Code = code;
        Modifier = modifier;
        Charge = charge;
        ExpectedAllowed = expectedAllowed;
    }

    public int Id { get; private set; }

    public int FeeScheduleId { get; private set; }

    public string Code { get; private set; } = "";

    /// <summary>A pricing modifier (26, TC) when the fee differs by it; null otherwise.</summary>
    public string? Modifier { get; private set; }

    public decimal Charge { get; private set; }

    public decimal ExpectedAllowed { get; private set; }

    internal void Update(decimal charge, decimal expectedAllowed)
    {
        Charge = charge;
        ExpectedAllowed = expectedAllowed;
    }
}
