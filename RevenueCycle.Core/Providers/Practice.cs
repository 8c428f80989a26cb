using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Providers;

/// <summary>The group practice: the billing provider of the 837P (loop 2010AA) and CMS-1500 box 33.</summary>
public sealed class Practice
{
    private Practice()
    {
    }

    public Practice(string name, string npi, string taxId, string taxonomyCode, Address address, string phone)
    {
        Name = name;
        Npi = npi;
        TaxId = taxId;
        TaxonomyCode = taxonomyCode;
        Address = address;
        Phone = phone;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Group (type 2) NPI, 10 digits.</summary>
    public string Npi { get; private set; } = "";

    /// <summary>Federal tax identification number (EIN), 9 digits.</summary>
    public string TaxId { get; private set; } = "";

    public string TaxonomyCode { get; private set; } = "";

    public Address Address { get; private set; } = Address.Empty;

    public string Phone { get; private set; } = "";
}
