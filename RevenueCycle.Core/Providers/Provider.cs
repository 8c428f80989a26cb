namespace RevenueCycle.Core.Providers;

/// <summary>Whether the practice bills for the provider (rendering) or only names them (referring).</summary>
public enum ProviderKind
{
    Rendering,
    Referring,
}

/// <summary>An individual clinician: a rendering provider of the practice or an outside referring provider.</summary>
public sealed class Provider
{
    private Provider()
    {
    }

    public Provider(int? practiceId, ProviderKind kind, string firstName, string lastName, string credential, string npi, Specialty specialty)
    {
        PracticeId = practiceId;
        Kind = kind;
        FirstName = firstName;
        LastName = lastName;
        Credential = credential;
        Npi = npi;
        Specialty = specialty;
        TaxonomyCode = SpecialtyInfo.Taxonomy(specialty);
        IsActive = true;
    }

    public int Id { get; private set; }

    /// <summary>The practice a rendering provider belongs to; null for an outside referring provider.</summary>
    public int? PracticeId { get; private set; }

    public ProviderKind Kind { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    /// <summary>MD, DO, NP, PA-C, PhD, LCSW...</summary>
    public string Credential { get; private set; } = "";

    /// <summary>Individual (type 1) NPI, 10 digits.</summary>
    public string Npi { get; private set; } = "";

    public string TaxonomyCode { get; private set; } = "";

    public Specialty Specialty { get; private set; }

    public bool IsActive { get; private set; }

    public string DisplayName => $"{FirstName} {LastName}, {Credential}";
}
