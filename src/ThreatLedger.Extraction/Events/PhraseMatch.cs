namespace ThreatLedger.Extraction.Events;

/// <summary>A lexicon phrase found in a text: tokens <c>[FirstToken, EndToken)</c>, the phrase's label and strength.</summary>
public readonly record struct PhraseMatch(int FirstToken, int EndToken, string Label, PhraseStrength Strength = PhraseStrength.Strong);
