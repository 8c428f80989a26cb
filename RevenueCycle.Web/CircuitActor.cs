using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using RevenueCycle.Core.Audit;

namespace RevenueCycle.Web;

/// <summary>
/// The acting user for the audit trail and role checks in Core: the signed-in user of the current
/// request or Blazor circuit, with the client address when an HTTP request is at hand.
/// </summary>
internal sealed class CircuitActor(AuthenticationStateProvider authenticationStateProvider, IHttpContextAccessor httpContextAccessor, ActorScope actorScope) : ICurrentActor
{
    private string? _clientAddress;

    public async Task<AuditActor> GetAsync()
    {
        if (actorScope.Actor is { } carried)
        {
            return carried;
        }

        // The address is read while the first request of the circuit is still available.
        // During a plain HTTP request (sign-in, account pages) the request's user is the actor; in
        // an interactive circuit there is no reliable HttpContext, so the circuit's state is.
        var httpContext = httpContextAccessor.HttpContext;
        _clientAddress ??= httpContext?.Connection.RemoteIpAddress?.ToString();
        var user = httpContext?.User ?? (await authenticationStateProvider.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return new AuditActor("anonymous", "anonymous", _clientAddress, new HashSet<string>());
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity.Name ?? "", _clientAddress, roles);
    }
}
