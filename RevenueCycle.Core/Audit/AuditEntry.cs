using System.Security.Cryptography;
using System.Text;

namespace RevenueCycle.Core.Audit;

public static class AuditActions
{
    public const string View = "View";
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string Command = "Command";
}

/// <summary>
/// One line of the audit trail: a view of patient data or a change, with who, when, from where and
/// the values before and after. Append-only: each entry's hash covers its fields and the previous
/// entry's hash, so an edited or deleted row breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, AuditActor actor, string action, string entityType, string? entityId, int? patientId, string? before, string? after)
    {
        AtUtc = atUtc;
        UserId = actor.UserId;
        UserName = actor.UserName;
        ClientAddress = actor.ClientAddress;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        PatientId = patientId;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public string? ClientAddress { get; private set; }

    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string? EntityId { get; private set; }

    /// <summary>The patient whose data was seen or changed, for "who viewed this patient".</summary>
    public int? PatientId { get; private set; }

    /// <summary>JSON of the changed properties before the change.</summary>
    public string? Before { get; private set; }

    /// <summary>JSON of the changed properties after the change.</summary>
    public string? After { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    internal void Seal(string previousHash)
    {
        PreviousHash = previousHash;
        Hash = ComputeHash(previousHash);
    }

    public bool IsIntact(string expectedPreviousHash) => PreviousHash == expectedPreviousHash && Hash == ComputeHash(expectedPreviousHash);

    private string ComputeHash(string previousHash)
    {
        var text = string.Join('\u001f', previousHash, AtUtc.ToString("O"), UserId, UserName, ClientAddress, Action, EntityType, EntityId, PatientId, Before, After);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>
/// Who is acting: a signed-in user with their roles, or the system (command line, background
/// work), which holds every role. Services that change money check the role here again.
/// </summary>
public sealed record AuditActor(string UserId, string UserName, string? ClientAddress, IReadOnlySet<string> Roles)
{
    public static AuditActor System { get; } = new("system", "system", null, new HashSet<string>(Common.Roles.All));

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsInAnyRole(params string[] roles) => roles.Any(Roles.Contains);
}

/// <summary>Supplies the acting user to the DbContext; the web app reads it from the circuit's authentication state.</summary>
public interface ICurrentActor
{
    Task<AuditActor> GetAsync();
}

public sealed class SystemActor : ICurrentActor
{
    public Task<AuditActor> GetAsync() => Task.FromResult(AuditActor.System);
}

/// <summary>
/// Carries the acting user into a service scope created for one operation (a fresh Identity
/// store per call), where the circuit's authentication state is not available.
/// </summary>
public sealed class ActorScope
{
    public AuditActor? Actor { get; set; }
}
