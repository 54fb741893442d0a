using System.Text.Json;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Taxii.Serving;

/// <summary>Loads the bundles a configuration names into their store collections (idempotent).</summary>
public static class CollectionLoader
{
    /// <summary>One loaded file.</summary>
    /// <param name="CollectionId">The collection.</param>
    /// <param name="File">The bundle.</param>
    /// <param name="Objects">Objects in the bundle.</param>
    /// <param name="Inserted">Versions that were new.</param>
    public sealed record Loaded(string CollectionId, string File, int Objects, int Inserted);

    /// <summary>Loads every configured bundle.</summary>
    /// <exception cref="TaxiiConfigException">A bundle is unreadable or holds an invalid object (the message names the file and index).</exception>
    public static async Task<IReadOnlyList<Loaded>> LoadAsync(TaxiiSettings settings, IStixObjectStore store, CancellationToken cancellationToken)
    {
        var loaded = new List<Loaded>();
        foreach (var collection in settings.ApiRoots.Values.SelectMany(r => r.Collections))
        {
            foreach (var file in collection.LoadFiles)
            {
                var inputs = Read(file);
                var put = await store.PutAsync(inputs, collection.Id, cancellationToken).ConfigureAwait(false);
                loaded.Add(new Loaded(collection.Id, file, inputs.Count, put.Inserted));
            }
        }

        return loaded;
    }

    private static List<StixObjectInput> Read(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (!document.RootElement.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
            {
                throw new TaxiiConfigException($"{file}: expected a STIX bundle with an 'objects' list.");
            }

            var inputs = new List<StixObjectInput>();
            var index = 0;
            foreach (var element in objects.EnumerateArray())
            {
                try
                {
                    inputs.Add(StixObjectInput.FromElement(element));
                }
                catch (InvalidStixObjectException ex)
                {
                    throw new TaxiiConfigException($"{file}: $.objects[{index}]: {ex.Message}", ex);
                }

                index++;
            }

            return inputs;
        }
        catch (JsonException ex)
        {
            throw new TaxiiConfigException($"{file}: not valid JSON: {JsonErrorText.Describe(ex)}", ex);
        }
        catch (IOException ex)
        {
            throw new TaxiiConfigException($"{file}: cannot read the bundle: {ex.Message}", ex);
        }
    }
}
