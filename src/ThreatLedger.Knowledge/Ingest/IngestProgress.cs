namespace ThreatLedger.Knowledge.Ingest;

/// <summary>Progress of an ingest run: the current input and how many documents and objects are done.</summary>
public readonly record struct IngestProgress(string Current, int DocumentsDone, long ObjectsDone, long ObjectsInCurrent);
