using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class OverviewIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Facts_DateStart",
                table: "Facts",
                column: "DateStart");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Overview",
                table: "Facts",
                columns: new[] { "Scope", "Kind", "DateStart", "DateEnd", "OutletId", "Unit", "Qualifier", "Min", "Max", "Attribution", "Governorate", "Target", "PublishedOn", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_DateStart",
                table: "Facts");

            migrationBuilder.DropIndex(
                name: "IX_Facts_Overview",
                table: "Facts");
        }
    }
}
