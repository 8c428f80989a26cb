using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PatientAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CollectionsFlaggedAtUtc",
                table: "Patients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SuppressStatements",
                table: "Patients",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PatientCreditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentBatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientCreditEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatientCreditEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PatientCreditEntries_PaymentBatches_PaymentBatchId",
                        column: x => x.PaymentBatchId,
                        principalTable: "PaymentBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatementRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Threshold = table.Column<long>(type: "INTEGER", nullable: false),
                    Patients = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalDue = table.Column<long>(type: "INTEGER", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatementRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatementRunId = table.Column<int>(type: "INTEGER", nullable: false),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AmountDue = table.Column<long>(type: "INTEGER", nullable: false),
                    StatementDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatementRecords_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatementRecords_StatementRuns_StatementRunId",
                        column: x => x.StatementRunId,
                        principalTable: "StatementRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PatientCreditEntries_PatientId_AtUtc",
                table: "PatientCreditEntries",
                columns: new[] { "PatientId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PatientCreditEntries_PaymentBatchId",
                table: "PatientCreditEntries",
                column: "PaymentBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_StatementRecords_PatientId_StatementDate",
                table: "StatementRecords",
                columns: new[] { "PatientId", "StatementDate" });

            migrationBuilder.CreateIndex(
                name: "IX_StatementRecords_StatementRunId",
                table: "StatementRecords",
                column: "StatementRunId");

            migrationBuilder.CreateIndex(
                name: "IX_StatementRuns_RunAtUtc",
                table: "StatementRuns",
                column: "RunAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PatientCreditEntries");

            migrationBuilder.DropTable(
                name: "StatementRecords");

            migrationBuilder.DropTable(
                name: "StatementRuns");

            migrationBuilder.DropColumn(
                name: "CollectionsFlaggedAtUtc",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "SuppressStatements",
                table: "Patients");
        }
    }
}
