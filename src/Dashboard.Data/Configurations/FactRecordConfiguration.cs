using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class FactRecordConfiguration : IEntityTypeConfiguration<FactRecord>
{
    public void Configure(EntityTypeBuilder<FactRecord> builder)
    {
        builder.ToTable("Facts");
        builder.Property(f => f.Kind).HasConversion(new ContractWordConverter<FactKind>()).HasMaxLength(32);
        builder.Property(f => f.Qualifier).HasConversion(new ContractWordConverter<Qualifier>()).HasMaxLength(16);
        builder.Property(f => f.Scope).HasConversion(new ContractWordConverter<FactScope>()).HasMaxLength(16);
        builder.Property(f => f.DatePrecision).HasConversion(new ContractWordConverter<DatePrecision>()).HasMaxLength(16);
        builder.Property(f => f.DateBasis).HasConversion(new ContractWordConverter<DateBasis>()).HasMaxLength(16);
        builder.Property(f => f.Target).HasConversion(new NullableContractWordConverter<FactTarget>()).HasMaxLength(32);
        builder.Property(f => f.Unit).IsRequired().HasMaxLength(32);
        builder.Property(f => f.Actor).HasMaxLength(500);
        builder.Property(f => f.Location).HasMaxLength(500);
        builder.Property(f => f.Governorate).HasMaxLength(100);
        builder.Property(f => f.Attribution).HasMaxLength(500);
        builder.Property(f => f.Sentence).IsRequired();

        // The outlet copy follows the article's outlet; it is not a navigation of its own.
        builder.HasOne<Outlet>().WithMany().HasForeignKey(f => f.OutletId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(f => new { f.Kind, f.DateStart });
        builder.HasIndex(f => new { f.Scope, f.Kind, f.DateStart });
        builder.HasIndex(f => f.OutletId);
        builder.HasIndex(f => f.ArticleId);
    }
}
