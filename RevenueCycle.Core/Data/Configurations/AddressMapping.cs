using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Data.Configurations;

internal static class AddressMapping
{
    /// <summary>Maps an address as columns of its owner (AddressLine1, AddressCity...).</summary>
    public static void Configure(ComplexPropertyBuilder<Address> address, string prefix = "Address")
    {
        address.Property(a => a.Line1).HasColumnName(prefix + "Line1").HasMaxLength(55);
        address.Property(a => a.Line2).HasColumnName(prefix + "Line2").HasMaxLength(55);
        address.Property(a => a.City).HasColumnName(prefix + "City").HasMaxLength(30);
        address.Property(a => a.State).HasColumnName(prefix + "State").HasMaxLength(2);
        address.Property(a => a.Zip).HasColumnName(prefix + "Zip").HasMaxLength(9);
    }
}
