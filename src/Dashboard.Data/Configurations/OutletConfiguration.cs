using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> builder)
    {
        builder.ToTable("Outlets");
        builder.Property(o => o.Name).IsRequired().HasMaxLength(200);
        builder.Property(o => o.Key).IsRequired().HasMaxLength(200);
        builder.Property(o => o.EnglishName).HasMaxLength(200);
        builder.Property(o => o.Domain).HasMaxLength(200);
        builder.HasIndex(o => o.Key).IsUnique();
    }
}
