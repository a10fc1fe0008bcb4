using Dashboard.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Data;

/// <summary>Lets `dotnet ef` build the model without a host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        options.UseDashboardSqlite("Data Source=design-time.db");
        return new DashboardDbContext(options.Options);
    }
}
