using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Patients;

public enum CoveragePriority
{
    Primary = 1,
    Secondary = 2,
    Tertiary = 3,
}

/// <summary>The patient's relationship to the subscriber, as X12 individual relationship codes (SBR02/PAT01).</summary>
public enum SubscriberRelationship
{
    /// <summary>18: the patient is the subscriber.</summary>
    Self,

    /// <summary>01</summary>
    Spouse,

    /// <summary>19</summary>
    Child,

    /// <summary>G8: other relationship.</summary>
    Other,
}

public static class SubscriberRelationshipCodes
{
    public static string X12Code(SubscriberRelationship relationship) => relationship switch
    {
        SubscriberRelationship.Self => "18",
        SubscriberRelationship.Spouse => "01",
        SubscriberRelationship.Child => "19",
        _ => "G8",
    };
}

/// <summary>The policy holder when the patient is not the subscriber (837P loop 2010BA).</summary>
public sealed record Subscriber
{
    public Subscriber(string firstName, string lastName, DateOnly dateOfBirth, Sex sex, Address address)
    {
        FirstName = firstName;
        LastName = lastName;
        DateOfBirth = dateOfBirth;
        Sex = sex;
        Address = address;
    }

    // EF materializes the nested address through properties, not the constructor.
    private Subscriber()
    {
    }

    public string FirstName { get; private init; } = "";

    public string LastName { get; private init; } = "";

    public DateOnly DateOfBirth { get; private init; }

    public Sex Sex { get; private init; }

    public Address Address { get; private init; } = Address.Empty;
}

public sealed class InsurancePolicy
{
    private InsurancePolicy()
    {
    }

    internal InsurancePolicy(int payerId, string memberId, string? groupNumber, CoveragePriority priority, SubscriberRelationship relationship, Subscriber? subscriber, DateOnly effectiveDate)
    {
        PayerId = payerId;
        MemberId = memberId;
        GroupNumber = groupNumber;
        Priority = priority;
        Relationship = relationship;
        Subscriber = subscriber;
        EffectiveDate = effectiveDate;
    }

    public int Id { get; private set; }

    public int PatientId { get; private set; }

    public int PayerId { get; private set; }

    public string MemberId { get; private set; } = "";

    public string? GroupNumber { get; private set; }

    public CoveragePriority Priority { get; private set; }

    public SubscriberRelationship Relationship { get; private set; }

    /// <summary>Null when the patient is the subscriber.</summary>
    public Subscriber? Subscriber { get; private set; }

    public DateOnly EffectiveDate { get; private set; }

    public DateOnly? TerminationDate { get; private set; }

    /// <summary>
    /// SBR05 insurance type code, required when Medicare is a secondary payer (12 working aged,
    /// 13 ESRD, 14 no-fault, 15 workers' compensation, 16 public health service, 41 black lung,
    /// 42 veterans, 43 disability, 47 other liability).
    /// </summary>
    public string? InsuranceTypeCode { get; private set; }

    public void SetInsuranceTypeCode(string? code) => InsuranceTypeCode = string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    public bool IsActiveOn(DateOnly date) => date >= EffectiveDate && (TerminationDate is null || date <= TerminationDate);

    public void Terminate(DateOnly terminationDate)
    {
        if (terminationDate < EffectiveDate)
        {
            throw new DomainException("Coverage cannot end before it starts.");
        }

        TerminationDate = terminationDate;
    }
}
