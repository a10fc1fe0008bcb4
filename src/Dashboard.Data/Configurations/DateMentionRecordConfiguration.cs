using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class DateMentionRecordConfiguration : IEntityTypeConfiguration<DateMentionRecord>
{
    public void Configure(EntityTypeBuilder<DateMentionRecord> builder)
    {
        builder.ToTable("DateMentions");
        builder.Property(d => d.Text).IsRequired().HasMaxLength(500);
        builder.Property(d => d.DatePrecision).HasConversion(new ContractWordConverter<DatePrecision>()).HasMaxLength(16);
        builder.Property(d => d.DateBasis).HasConversion(new ContractWordConverter<DateBasis>()).HasMaxLength(16);
        builder.HasIndex(d => d.ArticleId);
        builder.HasIndex(d => d.DateStart);
    }
}
