using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RevenueCycle.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RevenueCycleDbContext>
{
    public RevenueCycleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RevenueCycleDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
