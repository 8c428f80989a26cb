using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Coding;

/// <summary>A procedure (CPT or HCPCS) on an encounter with up to four modifiers and four diagnosis pointers.</summary>
public sealed class ServiceLine
{
    public const int MaxModifiers = 4;
    public const int MaxPointers = 4;

    private ServiceLine()
    {
    }

    internal ServiceLine(int sequence, string code, IReadOnlyList<string> modifiers, int units, IReadOnlyList<int> pointers, decimal charge)
    {
        if (modifiers.Count > MaxModifiers)
        {
            throw new DomainException($"A line can carry at most {MaxModifiers} modifiers.");
        }

        if (pointers.Count is 0 or > MaxPointers || pointers.Any(p => p is < 1 or > Encounter.MaxDiagnoses))
        {
            throw new DomainException($"A line needs one to {MaxPointers} diagnosis pointers between 1 and {Encounter.MaxDiagnoses}.");
        }

        if (units < 1)
        {
            throw new DomainException("Units must be at least 1.");
        }

        if (charge < 0)
        {
            throw new DomainException("A charge cannot be negative.");
        }

        Sequence = sequence;
        Code = code;
        Modifier1 = modifiers.ElementAtOrDefault(0);
        Modifier2 = modifiers.ElementAtOrDefault(1);
        Modifier3 = modifiers.ElementAtOrDefault(2);
        Modifier4 = modifiers.ElementAtOrDefault(3);
        Units = units;
        Pointer1 = pointers[0];
        Pointer2 = pointers.Count > 1 ? pointers[1] : null;
        Pointer3 = pointers.Count > 2 ? pointers[2] : null;
        Pointer4 = pointers.Count > 3 ? pointers[3] : null;
        Charge = charge;
    }

    public int Id { get; private set; }

    public int EncounterId { get; private set; }

    public int Sequence { get; private set; }

    public string Code { get; private set; } = "";

    public string? Modifier1 { get; private set; }

    public string? Modifier2 { get; private set; }

    public string? Modifier3 { get; private set; }

    public string? Modifier4 { get; private set; }

    public int Units { get; private set; }

    public int Pointer1 { get; private set; }

    public int? Pointer2 { get; private set; }

    public int? Pointer3 { get; private set; }

    public int? Pointer4 { get; private set; }

    public decimal Charge { get; private set; }

    public IReadOnlyList<string> Modifiers =>
        new[] { Modifier1, Modifier2, Modifier3, Modifier4 }.Where(m => m is not null).Select(m => m!).ToList();

    public IReadOnlyList<int> Pointers =>
        new[] { (int?)Pointer1, Pointer2, Pointer3, Pointer4 }.Where(p => p is not null).Select(p => p!.Value).ToList();
}
