using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data;

public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<FactRecord> Facts => Set<FactRecord>();
    public DbSet<DateMentionRecord> DateMentions => Set<DateMentionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }
}
