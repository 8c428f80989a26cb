using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CodeSetImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Excludes1Rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeFrom = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CodeTo = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ExcludedFrom = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ExcludedTo = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TerminationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReleaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Excludes1Rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Excludes1Rules_CodeSetReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "CodeSetReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IcdSequencingFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodePrefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HasCodeFirstNote = table.Column<bool>(type: "INTEGER", nullable: false),
                    InDiseasesClassifiedElsewhere = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TerminationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReleaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IcdSequencingFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IcdSequencingFlags_CodeSetReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "CodeSetReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SeventhCharacters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodePrefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Character = table.Column<char>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TerminationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReleaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeventhCharacters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeventhCharacters_CodeSetReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "CodeSetReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Excludes1Rules_CodeFrom_CodeTo_ExcludedFrom_ExcludedTo_EffectiveDate",
                table: "Excludes1Rules",
                columns: new[] { "CodeFrom", "CodeTo", "ExcludedFrom", "ExcludedTo", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Excludes1Rules_ReleaseId",
                table: "Excludes1Rules",
                column: "ReleaseId");

            migrationBuilder.CreateIndex(
                name: "IX_IcdSequencingFlags_CodePrefix_EffectiveDate",
                table: "IcdSequencingFlags",
                columns: new[] { "CodePrefix", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IcdSequencingFlags_ReleaseId",
                table: "IcdSequencingFlags",
                column: "ReleaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SeventhCharacters_CodePrefix_Character_EffectiveDate",
                table: "SeventhCharacters",
                columns: new[] { "CodePrefix", "Character", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeventhCharacters_ReleaseId",
                table: "SeventhCharacters",
                column: "ReleaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Excludes1Rules");

            migrationBuilder.DropTable(
                name: "IcdSequencingFlags");

            migrationBuilder.DropTable(
                name: "SeventhCharacters");
        }
    }
}
