namespace ThreatLedger.Knowledge.Storage;

/// <summary>The database could not be opened, migrated or written; <see cref="IsTransient"/> says whether a retry may help.</summary>
public sealed class StorageException : KnowledgeException
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException ?? new InvalidOperationException(message))
    {
        IsTransient = isTransient;
    }

    /// <summary>True when the failure is temporary (lock timeout, lost connection) and the operation can be retried.</summary>
    public bool IsTransient { get; }
}
