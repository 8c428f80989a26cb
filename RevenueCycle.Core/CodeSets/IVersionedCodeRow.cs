namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// A code-set row valid from its effective date to its termination date. A release never edits or
/// deletes a row: it terminates it the day before the row that replaces it takes effect.
/// </summary>
public interface IVersionedCodeRow
{
    long Id { get; }

    DateOnly EffectiveDate { get; }

    DateOnly? TerminationDate { get; }

    int ReleaseId { get; }
}
