using ThreatLedger.Knowledge.Export;
using ThreatLedger.Knowledge.Queries;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>
    /// The knowledge base's own conclusions as STIX 2.1 objects (see <see cref="AssessmentStix"/>): merged incidents,
    /// what they were derived from, their victims and assessed attribution hypotheses, plus whatever definitions and
    /// actors they refer to that the store does not hold yet.
    /// </summary>
    public async Task<IReadOnlyList<StixObject>> AssessmentObjectsAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await KnowledgeSnapshot.LoadAsync(Database, cancellationToken).ConfigureAwait(false);
        return await AssessmentStix.BuildAsync(snapshot, Boards(snapshot, new IncidentFilter()), Database.Objects, cancellationToken).ConfigureAwait(false);
    }
}
