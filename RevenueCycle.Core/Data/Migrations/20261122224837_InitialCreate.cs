using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodeSetReleases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    System = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeSetReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Mrn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    MiddleName = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    DateOfDeath = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddressCity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: false),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: true),
                    AddressState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddressZip = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PayerIdCode = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ClaimFilingIndicator = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TimelyFilingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AppealDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmissionMethod = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddressCity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: false),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: true),
                    AddressState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddressZip = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    TaxonomyCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddressCity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: false),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: true),
                    AddressState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddressZip = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceiverId = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InterchangeControlNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupControlNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalCharge = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    AcknowledgementStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CodeSetEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    System = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ShortDescription = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LongDescription = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsBillable = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TerminationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReleaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeSetEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodeSetEntries_CodeSetReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "CodeSetReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MueLimits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    MaxUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    AdjudicationIndicator = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TerminationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReleaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MueLimits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MueLimits_CodeSetReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "CodeSetReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NcciEdits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Column1Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Column2Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeletionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ModifierIndicator = table.Column<char>(type: "TEXT", nullable: false),
                    ReleaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NcciEdits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NcciEdits_CodeSetReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "CodeSetReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeeSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeeSchedules_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "InsurancePolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: false),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    GroupNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TerminationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubscriberDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubscriberFirstName = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    SubscriberLastName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SubscriberSex = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SubscriberAddressCity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SubscriberAddressLine1 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: true),
                    SubscriberAddressLine2 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: true),
                    SubscriberAddressState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    SubscriberAddressZip = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsurancePolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InsurancePolicies_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InsurancePolicies_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: true),
                    CheckNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CheckDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PostedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentBatches_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Providers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PracticeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Credential = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TaxonomyCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Specialty = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Providers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Providers_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "FeeScheduleEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeeScheduleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Modifier = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Charge = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpectedAllowed = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeScheduleEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeeScheduleEntries_FeeSchedules_FeeScheduleId",
                        column: x => x.FeeScheduleId,
                        principalTable: "FeeSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Remittances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaymentBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TraceNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PaymentAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Remittances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Remittances_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Remittances_PaymentBatches_PaymentBatchId",
                        column: x => x.PaymentBatchId,
                        principalTable: "PaymentBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ControlNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: true),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PayerSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RenderingProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferringProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FrequencyCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    OriginalClaimId = table.Column<int>(type: "INTEGER", nullable: true),
                    PayerClaimNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PriorAuthorizationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ServiceFromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceToDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalCharge = table.Column<long>(type: "INTEGER", nullable: false),
                    InsurancePaid = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientPaid = table.Column<long>(type: "INTEGER", nullable: false),
                    Adjusted = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientResponsibility = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstAdjudicatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstAdjudicationDenied = table.Column<bool>(type: "INTEGER", nullable: true),
                    AssignedToUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Claims_OriginalClaimId",
                        column: x => x.OriginalClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_InsurancePolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "InsurancePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Providers_ReferringProviderId",
                        column: x => x.ReferringProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Providers_RenderingProviderId",
                        column: x => x.RenderingProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Encounters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferringProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    PrimaryPolicyId = table.Column<int>(type: "INTEGER", nullable: true),
                    DateOfService = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    NoteText = table.Column<string>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PriorAuthorizationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedCoderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AssignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CodedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CodedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CodingSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Encounters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Encounters_InsurancePolicies_PrimaryPolicyId",
                        column: x => x.PrimaryPolicyId,
                        principalTable: "InsurancePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Encounters_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Encounters_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Encounters_Providers_ReferringProviderId",
                        column: x => x.ReferringProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClaimDiagnoses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimDiagnoses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimDiagnoses_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimStatusChanges_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmissionBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimSubmissions_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimSubmissions_SubmissionBatches_SubmissionBatchId",
                        column: x => x.SubmissionBatchId,
                        principalTable: "SubmissionBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RemittanceClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RemittanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PatientControlNumber = table.Column<string>(type: "TEXT", maxLength: 38, nullable: false),
                    StatusCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ChargeAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientResponsibility = table.Column<long>(type: "INTEGER", nullable: false),
                    PayerClaimNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemittanceClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemittanceClaims_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RemittanceClaims_Remittances_RemittanceId",
                        column: x => x.RemittanceId,
                        principalTable: "Remittances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    EncounterId = table.Column<int>(type: "INTEGER", nullable: false),
                    DateOfService = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Modifier1 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier3 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier4 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    Pointer1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Pointer2 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer3 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer4 = table.Column<int>(type: "INTEGER", nullable: true),
                    Charge = table.Column<long>(type: "INTEGER", nullable: false),
                    InsurancePaid = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientPaid = table.Column<long>(type: "INTEGER", nullable: false),
                    Adjusted = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientResponsibility = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimLines_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimLines_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EncounterDiagnoses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EncounterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EncounterDiagnoses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EncounterDiagnoses_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderQueries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EncounterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AskedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AskedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderQueries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderQueries_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EncounterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Modifier1 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier3 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Modifier4 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    Pointer1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Pointer2 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer3 = table.Column<int>(type: "INTEGER", nullable: true),
                    Pointer4 = table.Column<int>(type: "INTEGER", nullable: true),
                    Charge = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceLines_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Adjustments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    RemarkCodes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentBatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    RemittanceClaimId = table.Column<int>(type: "INTEGER", nullable: true),
                    PostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApprovedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adjustments_ClaimLines_ClaimLineId",
                        column: x => x.ClaimLineId,
                        principalTable: "ClaimLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Adjustments_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Adjustments_PaymentBatches_PaymentBatchId",
                        column: x => x.PaymentBatchId,
                        principalTable: "PaymentBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Adjustments_RemittanceClaims_RemittanceClaimId",
                        column: x => x.RemittanceClaimId,
                        principalTable: "RemittanceClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Denials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimLineId = table.Column<int>(type: "INTEGER", nullable: true),
                    RemittanceClaimId = table.Column<int>(type: "INTEGER", nullable: true),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    RemarkCodes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountAtStake = table.Column<long>(type: "INTEGER", nullable: false),
                    DeniedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AppealDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AssignedToUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Denials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Denials_ClaimLines_ClaimLineId",
                        column: x => x.ClaimLineId,
                        principalTable: "ClaimLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Denials_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    RemittanceClaimId = table.Column<int>(type: "INTEGER", nullable: true),
                    PostedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_ClaimLines_ClaimLineId",
                        column: x => x.ClaimLineId,
                        principalTable: "ClaimLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_PaymentBatches_PaymentBatchId",
                        column: x => x.PaymentBatchId,
                        principalTable: "PaymentBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_RemittanceClaims_RemittanceClaimId",
                        column: x => x.RemittanceClaimId,
                        principalTable: "RemittanceClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Adjustments_ClaimId_PostedAtUtc",
                table: "Adjustments",
                columns: new[] { "ClaimId", "PostedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Adjustments_ClaimLineId",
                table: "Adjustments",
                column: "ClaimLineId");

            migrationBuilder.CreateIndex(
                name: "IX_Adjustments_Group_ReasonCode_PostedAtUtc",
                table: "Adjustments",
                columns: new[] { "Group", "ReasonCode", "PostedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Adjustments_PaymentBatchId",
                table: "Adjustments",
                column: "PaymentBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Adjustments_RemittanceClaimId",
                table: "Adjustments",
                column: "RemittanceClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PatientId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "PatientId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "UserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimDiagnoses_ClaimId_Sequence",
                table: "ClaimDiagnoses",
                columns: new[] { "ClaimId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_ClaimId_LineNumber",
                table: "ClaimLines",
                columns: new[] { "ClaimId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_Code_DateOfService",
                table: "ClaimLines",
                columns: new[] { "Code", "DateOfService" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_EncounterId",
                table: "ClaimLines",
                column: "EncounterId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AssignedToUserId_Status",
                table: "Claims",
                columns: new[] { "AssignedToUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ControlNumber",
                table: "Claims",
                column: "ControlNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_FirstAdjudicatedAtUtc",
                table: "Claims",
                column: "FirstAdjudicatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_FirstSubmittedAtUtc",
                table: "Claims",
                column: "FirstSubmittedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_OriginalClaimId",
                table: "Claims",
                column: "OriginalClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PatientId_ServiceFromDate",
                table: "Claims",
                columns: new[] { "PatientId", "ServiceFromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PayerClaimNumber",
                table: "Claims",
                column: "PayerClaimNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PayerId",
                table: "Claims",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PolicyId",
                table: "Claims",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PracticeId",
                table: "Claims",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ReferringProviderId",
                table: "Claims",
                column: "ReferringProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_RenderingProviderId_ServiceFromDate",
                table: "Claims",
                columns: new[] { "RenderingProviderId", "ServiceFromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ServiceFromDate",
                table: "Claims",
                column: "ServiceFromDate");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Status_PayerId_ServiceFromDate",
                table: "Claims",
                columns: new[] { "Status", "PayerId", "ServiceFromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimStatusChanges_ClaimId_AtUtc",
                table: "ClaimStatusChanges",
                columns: new[] { "ClaimId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimStatusChanges_ToStatus_AtUtc",
                table: "ClaimStatusChanges",
                columns: new[] { "ToStatus", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimSubmissions_ClaimId",
                table: "ClaimSubmissions",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimSubmissions_SubmissionBatchId",
                table: "ClaimSubmissions",
                column: "SubmissionBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeSetEntries_ReleaseId",
                table: "CodeSetEntries",
                column: "ReleaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeSetEntries_System_Code_EffectiveDate",
                table: "CodeSetEntries",
                columns: new[] { "System", "Code", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodeSetReleases_System_EffectiveDate",
                table: "CodeSetReleases",
                columns: new[] { "System", "EffectiveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Denials_AssignedToUserId_Status",
                table: "Denials",
                columns: new[] { "AssignedToUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Denials_Category_DeniedOn",
                table: "Denials",
                columns: new[] { "Category", "DeniedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Denials_ClaimId",
                table: "Denials",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Denials_ClaimLineId",
                table: "Denials",
                column: "ClaimLineId");

            migrationBuilder.CreateIndex(
                name: "IX_Denials_Status_AppealDeadline",
                table: "Denials",
                columns: new[] { "Status", "AppealDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_EncounterDiagnoses_EncounterId_Sequence",
                table: "EncounterDiagnoses",
                columns: new[] { "EncounterId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_AssignedCoderId_Status",
                table: "Encounters",
                columns: new[] { "AssignedCoderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_CodedAtUtc",
                table: "Encounters",
                column: "CodedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_ExternalId",
                table: "Encounters",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_PatientId",
                table: "Encounters",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_PrimaryPolicyId",
                table: "Encounters",
                column: "PrimaryPolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_ProviderId_DateOfService",
                table: "Encounters",
                columns: new[] { "ProviderId", "DateOfService" });

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_ReferringProviderId",
                table: "Encounters",
                column: "ReferringProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_Status_Priority_DateOfService",
                table: "Encounters",
                columns: new[] { "Status", "Priority", "DateOfService" });

            migrationBuilder.CreateIndex(
                name: "IX_FeeScheduleEntries_FeeScheduleId_Code_Modifier",
                table: "FeeScheduleEntries",
                columns: new[] { "FeeScheduleId", "Code", "Modifier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeeSchedules_PayerId",
                table: "FeeSchedules",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_PatientId_Priority",
                table: "InsurancePolicies",
                columns: new[] { "PatientId", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_PayerId_MemberId",
                table: "InsurancePolicies",
                columns: new[] { "PayerId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_MueLimits_Code_EffectiveDate",
                table: "MueLimits",
                columns: new[] { "Code", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MueLimits_ReleaseId",
                table: "MueLimits",
                column: "ReleaseId");

            migrationBuilder.CreateIndex(
                name: "IX_NcciEdits_Column1Code_Column2Code_EffectiveDate",
                table: "NcciEdits",
                columns: new[] { "Column1Code", "Column2Code", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NcciEdits_ReleaseId",
                table: "NcciEdits",
                column: "ReleaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Notes_FollowUpOn",
                table: "Notes",
                column: "FollowUpOn");

            migrationBuilder.CreateIndex(
                name: "IX_Notes_Subject_SubjectId_CreatedAtUtc",
                table: "Notes",
                columns: new[] { "Subject", "SubjectId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_LastName_FirstName_DateOfBirth",
                table: "Patients",
                columns: new[] { "LastName", "FirstName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_Mrn",
                table: "Patients",
                column: "Mrn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payers_PayerIdCode",
                table: "Payers",
                column: "PayerIdCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_PayerId_CheckNumber",
                table: "PaymentBatches",
                columns: new[] { "PayerId", "CheckNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_Status_CheckDate",
                table: "PaymentBatches",
                columns: new[] { "Status", "CheckDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ClaimId_PostedAtUtc",
                table: "Payments",
                columns: new[] { "ClaimId", "PostedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ClaimLineId",
                table: "Payments",
                column: "ClaimLineId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PaymentBatchId",
                table: "Payments",
                column: "PaymentBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PostedAtUtc",
                table: "Payments",
                column: "PostedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_RemittanceClaimId",
                table: "Payments",
                column: "RemittanceClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderQueries_EncounterId",
                table: "ProviderQueries",
                column: "EncounterId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderQueries_Status_AskedAtUtc",
                table: "ProviderQueries",
                columns: new[] { "Status", "AskedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Providers_Npi",
                table: "Providers",
                column: "Npi",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Providers_PracticeId",
                table: "Providers",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceClaims_ClaimId",
                table: "RemittanceClaims",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceClaims_PatientControlNumber",
                table: "RemittanceClaims",
                column: "PatientControlNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceClaims_RemittanceId",
                table: "RemittanceClaims",
                column: "RemittanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Remittances_FileSha256",
                table: "Remittances",
                column: "FileSha256");

            migrationBuilder.CreateIndex(
                name: "IX_Remittances_PayerId_TraceNumber",
                table: "Remittances",
                columns: new[] { "PayerId", "TraceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Remittances_PaymentBatchId",
                table: "Remittances",
                column: "PaymentBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Remittances_Status",
                table: "Remittances",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceLines_EncounterId_Sequence",
                table: "ServiceLines",
                columns: new[] { "EncounterId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_CreatedAtUtc",
                table: "SubmissionBatches",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_ReceiverId_InterchangeControlNumber",
                table: "SubmissionBatches",
                columns: new[] { "ReceiverId", "InterchangeControlNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Adjustments");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ClaimDiagnoses");

            migrationBuilder.DropTable(
                name: "ClaimStatusChanges");

            migrationBuilder.DropTable(
                name: "ClaimSubmissions");

            migrationBuilder.DropTable(
                name: "CodeSetEntries");

            migrationBuilder.DropTable(
                name: "Denials");

            migrationBuilder.DropTable(
                name: "EncounterDiagnoses");

            migrationBuilder.DropTable(
                name: "FeeScheduleEntries");

            migrationBuilder.DropTable(
                name: "MueLimits");

            migrationBuilder.DropTable(
                name: "NcciEdits");

            migrationBuilder.DropTable(
                name: "Notes");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "ProviderQueries");

            migrationBuilder.DropTable(
                name: "ServiceLines");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "SubmissionBatches");

            migrationBuilder.DropTable(
                name: "FeeSchedules");

            migrationBuilder.DropTable(
                name: "CodeSetReleases");

            migrationBuilder.DropTable(
                name: "ClaimLines");

            migrationBuilder.DropTable(
                name: "RemittanceClaims");

            migrationBuilder.DropTable(
                name: "Encounters");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "Remittances");

            migrationBuilder.DropTable(
                name: "InsurancePolicies");

            migrationBuilder.DropTable(
                name: "Providers");

            migrationBuilder.DropTable(
                name: "PaymentBatches");

            migrationBuilder.DropTable(
                name: "Patients");

            migrationBuilder.DropTable(
                name: "Practices");

            migrationBuilder.DropTable(
                name: "Payers");
        }
    }
}
