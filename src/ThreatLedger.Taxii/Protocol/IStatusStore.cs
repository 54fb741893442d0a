namespace ThreatLedger.Taxii.Protocol;

/// <summary>Where the server keeps the status resources of add-objects requests until clients poll them.</summary>
public interface IStatusStore
{
    /// <summary>Records a status.</summary>
    Task AddAsync(StatusRecord status, CancellationToken cancellationToken);

    /// <summary>Finds a status by id (null when unknown or expired).</summary>
    Task<StatusRecord?> FindAsync(string id, CancellationToken cancellationToken);
}
