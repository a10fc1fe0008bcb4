using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <summary>
    /// A counter that every change other than an append moves (updates and deletes of articles, facts, date mentions
    /// and outlets), kept by triggers so every writer (this app, the CLI, a sqlite3 shell) moves it. Readers that keep
    /// rows in memory compare it to know whether appending the new rows is enough or they must read everything again.
    /// </summary>
    public partial class StoreRevision : Migration
    {
        private static readonly string[] Watched =
        [
            "Facts_Updated AFTER UPDATE ON Facts",
            "Facts_Deleted AFTER DELETE ON Facts",
            "DateMentions_Updated AFTER UPDATE ON DateMentions",
            "DateMentions_Deleted AFTER DELETE ON DateMentions",
            "Articles_Moved AFTER UPDATE OF OutletId, PublishedOn ON Articles",
            "Articles_Deleted AFTER DELETE ON Articles",
            "Outlets_Updated AFTER UPDATE ON Outlets",
            "Outlets_Deleted AFTER DELETE ON Outlets",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE StoreRevision (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1), Rewrites INTEGER NOT NULL);");
            migrationBuilder.Sql("INSERT INTO StoreRevision (Id, Rewrites) VALUES (1, 0);");
            foreach (var trigger in Watched)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {trigger} BEGIN UPDATE StoreRevision SET Rewrites = Rewrites + 1 WHERE Id = 1; END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Watched)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger.Split(' ')[0]};");
            }
            migrationBuilder.Sql("DROP TABLE IF EXISTS StoreRevision;");
        }
    }
}
