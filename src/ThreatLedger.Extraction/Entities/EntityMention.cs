namespace ThreatLedger.Extraction.Entities;

/// <summary>One mention of an entity: its character range, the entity and how it is named.</summary>
public readonly record struct EntityMention(int Start, int End, string EntityId, string Kind, MentionKind How);
