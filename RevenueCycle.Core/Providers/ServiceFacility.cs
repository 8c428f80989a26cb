using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Providers;

/// <summary>
/// A place where the practice's providers see patients other than its own office: a hospital, an
/// ambulatory surgery center (837P loop 2310C, CMS-1500 box 32). Claims for visits at one of its
/// places of service name it.
/// </summary>
public sealed class ServiceFacility
{
    private ServiceFacility()
    {
    }

    public ServiceFacility(string name, string? npi, Address address, string placesOfService)
    {
        Name = name;
        Npi = npi;
        Address = address;
        PlacesOfService = placesOfService;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string? Npi { get; private set; }

    public Address Address { get; private set; } = Address.Empty;

    /// <summary>Comma-separated POS codes billed at this facility, e.g. "21,22,23".</summary>
    public string PlacesOfService { get; private set; } = "";

    public bool Serves(string placeOfService) =>
        PlacesOfService.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(placeOfService);
}
