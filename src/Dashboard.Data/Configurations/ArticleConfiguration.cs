using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.PublishedBasis).HasConversion(new ContractWordConverter<PublishedBasis>()).HasMaxLength(16);
        builder.Property(a => a.Text).IsRequired();
        builder.Property(a => a.ContentHash).IsRequired().HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.SourceFile).HasMaxLength(1000);
        builder.Property(a => a.ExtractorVersion).IsRequired().HasMaxLength(64);

        builder.HasOne(a => a.Outlet).WithMany(o => o.Articles).HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Facts).WithOne(f => f.Article).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.DateMentions).WithOne(d => d.Article).HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.PublishedOn);
        builder.HasIndex(a => a.OutletId);
        builder.HasIndex(a => a.ExtractorVersion);
    }
}
