using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Coding;

public enum ProviderQueryStatus
{
    Open,
    Answered,
}

/// <summary>A coder's question to the provider about a chart's documentation.</summary>
public sealed class ProviderQuery
{
    private ProviderQuery()
    {
    }

    internal ProviderQuery(int encounterId, string question, string askedByUserId, DateTime askedAtUtc)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new DomainException("A query needs a question for the provider.");
        }

        EncounterId = encounterId;
        Question = question;
        AskedByUserId = askedByUserId;
        AskedAtUtc = askedAtUtc;
        Status = ProviderQueryStatus.Open;
    }

    public int Id { get; private set; }

    public int EncounterId { get; private set; }

    public Encounter? Encounter { get; internal set; }

    public string Question { get; private set; } = "";

    public string AskedByUserId { get; private set; } = "";

    public DateTime AskedAtUtc { get; private set; }

    public ProviderQueryStatus Status { get; private set; }

    public string? Answer { get; private set; }

    public string? AnsweredByUserId { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public void RecordAnswer(string answer, string userId, DateTime nowUtc)
    {
        if (Status != ProviderQueryStatus.Open)
        {
            throw new DomainException("This query has already been answered.");
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException("Write the provider's answer.");
        }

        Answer = answer;
        AnsweredByUserId = userId;
        AnsweredAtUtc = nowUtc;
        Status = ProviderQueryStatus.Answered;
    }
}
