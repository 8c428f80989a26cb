using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Patients;

public sealed class Patient
{
    private readonly List<InsurancePolicy> _policies = [];

    private Patient()
    {
    }

    public Patient(string mrn, string firstName, string lastName, DateOnly dateOfBirth, Sex sex, Address address, string phone, DateTime createdAtUtc)
    {
        Mrn = mrn;
        FirstName = firstName;
        LastName = lastName;
        DateOfBirth = dateOfBirth;
        Sex = sex;
        Address = address;
        Phone = phone;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }

    /// <summary>Medical record number, unique in the practice.</summary>
    public string Mrn { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public string? MiddleName { get; private set; }

    public string LastName { get; private set; } = "";

    public DateOnly DateOfBirth { get; private set; }

    public Sex Sex { get; private set; }

    public Address Address { get; private set; } = Address.Empty;

    public string Phone { get; private set; } = "";

    public string? Email { get; private set; }

    /// <summary>Claims for services after this date are refused by the scrubber.</summary>
    public DateOnly? DateOfDeath { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>No statements are mailed (hardship, bankruptcy, a dispute being worked).</summary>
    public bool SuppressStatements { get; private set; }

    /// <summary>When the account was flagged for collections after unpaid statements; null when it is not.</summary>
    public DateTime? CollectionsFlaggedAtUtc { get; private set; }

    public void SetStatementSuppression(bool suppress) => SuppressStatements = suppress;

    public void FlagForCollections(DateTime nowUtc) => CollectionsFlaggedAtUtc ??= nowUtc;

    public void ClearCollectionsFlag() => CollectionsFlaggedAtUtc = null;

    public IReadOnlyList<InsurancePolicy> Policies => _policies;

    public string FullName => $"{LastName}, {FirstName}";

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - DateOfBirth.Year;
        if (date < DateOfBirth.AddYears(age))
        {
            age--;
        }

        return age;
    }

    public void RecordDeath(DateOnly dateOfDeath)
    {
        if (dateOfDeath < DateOfBirth)
        {
            throw new DomainException("Date of death cannot be before the date of birth.");
        }

        DateOfDeath = dateOfDeath;
    }

    public InsurancePolicy AddPolicy(int payerId, string memberId, string? groupNumber, CoveragePriority priority, SubscriberRelationship relationship, Subscriber? subscriber, DateOnly effectiveDate)
    {
        if (relationship != SubscriberRelationship.Self && subscriber is null)
        {
            throw new DomainException("A policy held by someone else needs the subscriber's name, date of birth and sex.");
        }

        var policy = new InsurancePolicy(payerId, memberId, groupNumber, priority, relationship, subscriber, effectiveDate);
        _policies.Add(policy);
        return policy;
    }
}
