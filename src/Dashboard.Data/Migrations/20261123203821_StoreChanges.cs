using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <summary>
    /// Updates and deletes of facts, date mentions and articles, and rows added to an older article, now record which
    /// article changed (one row per article, its sequence number renewed on each change), so a reader that keeps rows in
    /// memory re-reads those articles instead of the whole store, and reads new rows by article (ids of deleted rows can
    /// be given out again). Outlet edits still move StoreRevision.Rewrites (a full re-read; they are rare).
    /// </summary>
    public partial class StoreChanges : Migration
    {
        private static readonly string[] Replaced = ["Facts_Updated", "Facts_Deleted", "DateMentions_Updated", "DateMentions_Deleted", "Articles_Moved", "Articles_Deleted"];

        private static readonly string[] Logged =
        [
            "Facts_Updated AFTER UPDATE ON Facts BEGIN INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (OLD.ArticleId); INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (NEW.ArticleId); END",
            "Facts_Deleted AFTER DELETE ON Facts BEGIN INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (OLD.ArticleId); END",
            "DateMentions_Updated AFTER UPDATE ON DateMentions BEGIN INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (OLD.ArticleId); INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (NEW.ArticleId); END",
            "DateMentions_Deleted AFTER DELETE ON DateMentions BEGIN INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (OLD.ArticleId); END",
            "Articles_Moved AFTER UPDATE OF OutletId, PublishedOn ON Articles BEGIN INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (OLD.Id); END",
            "Articles_Deleted AFTER DELETE ON Articles BEGIN INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (OLD.Id); END",
            // Ingestion writes an article and then its rows, so rows for any older article are a change to it.
            "Facts_Added_Late AFTER INSERT ON Facts WHEN NEW.ArticleId < (SELECT MAX(Id) FROM Articles) BEGIN INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (NEW.ArticleId); END",
            "DateMentions_Added_Late AFTER INSERT ON DateMentions WHEN NEW.ArticleId < (SELECT MAX(Id) FROM Articles) BEGIN INSERT OR REPLACE INTO StoreChanges (ArticleId) VALUES (NEW.ArticleId); END",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Seq is the rowid: REPLACE deletes an article's old row and inserts it again at the end, so the table holds
            // at most one row per article and MAX(Seq) moves on every change.
            migrationBuilder.Sql("CREATE TABLE StoreChanges (Seq INTEGER PRIMARY KEY AUTOINCREMENT, ArticleId INTEGER NOT NULL UNIQUE);");
            foreach (var name in Replaced) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {name};");
            foreach (var trigger in Logged) migrationBuilder.Sql($"CREATE TRIGGER {trigger};");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in Replaced) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {name};");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Facts_Added_Late;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DateMentions_Added_Late;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS StoreChanges;");
            string[] counted =
            [
                "Facts_Updated AFTER UPDATE ON Facts",
                "Facts_Deleted AFTER DELETE ON Facts",
                "DateMentions_Updated AFTER UPDATE ON DateMentions",
                "DateMentions_Deleted AFTER DELETE ON DateMentions",
                "Articles_Moved AFTER UPDATE OF OutletId, PublishedOn ON Articles",
                "Articles_Deleted AFTER DELETE ON Articles",
            ];
            foreach (var trigger in counted)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {trigger} BEGIN UPDATE StoreRevision SET Rewrites = Rewrites + 1 WHERE Id = 1; END;");
            }
        }
    }
}
