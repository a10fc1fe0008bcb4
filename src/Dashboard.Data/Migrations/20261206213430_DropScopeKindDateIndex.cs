using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <summary>
    /// Drops the index on (Scope, Kind, DateStart): IX_Facts_Overview begins with the same three columns and serves every
    /// query it served, so it only cost a write per fact stored and space in the file.
    /// </summary>
    public partial class DropScopeKindDateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_Scope_Kind_DateStart",
                table: "Facts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Facts_Scope_Kind_DateStart",
                table: "Facts",
                columns: new[] { "Scope", "Kind", "DateStart" });
        }
    }
}
