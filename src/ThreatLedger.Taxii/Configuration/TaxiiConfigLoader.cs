using System.Text.Json;
using System.Text.RegularExpressions;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Taxii.Configuration;

/// <summary>Reads and validates the server configuration file; every error names the file and the JSON path.</summary>
public static partial class TaxiiConfigLoader
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads and validates a configuration file.</summary>
    public static TaxiiSettings Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new TaxiiConfigException($"{path}: cannot read the TAXII configuration file: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new TaxiiConfigException($"{path}: cannot read the TAXII configuration file: {ex.Message}", ex);
        }

        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Parses and validates configuration text; <paramref name="source"/> names it in errors.</summary>
    /// <param name="json">The configuration text.</param>
    /// <param name="source">The file name (or another label) used in error messages.</param>
    /// <param name="baseDirectory">The folder relative <c>load</c> paths start from (default: the current folder).</param>
    public static TaxiiSettings Parse(string json, string source, string? baseDirectory = null)
    {
        TaxiiConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<TaxiiConfig>(json, s_options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, {ex.Path})" : "";
            throw new TaxiiConfigException($"{source}{where}: invalid TAXII configuration: {JsonErrorText.Reason(ex)}", ex);
        }

        if (config is null)
        {
            throw new TaxiiConfigException($"{source}: the TAXII configuration is empty (expected a JSON object).");
        }

        return Validate(config, source, baseDirectory);
    }

    /// <summary>Validates an in-memory configuration (tests and embedders build one in code).</summary>
    public static TaxiiSettings Validate(TaxiiConfig config, string source, string? baseDirectory = null)
    {
        var errors = new List<string>();
        void Fail(string path, string problem) => errors.Add($"{source}: {path}: {problem}");

        if (string.IsNullOrWhiteSpace(config.Title))
        {
            Fail("$.title", "must not be empty");
        }

        var unmarked = ParseTlp(config.UnmarkedTlp, "$.unmarked_tlp", Fail);
        var limits = config.Limits;
        if (limits.MaxContentLength < 1024)
        {
            Fail("$.limits.max_content_length", "must be at least 1024 bytes");
        }

        if (limits.MaxPageSize < 1)
        {
            Fail("$.limits.max_page_size", "must be at least 1");
        }

        if (limits.DefaultPageSize < 1 || limits.DefaultPageSize > limits.MaxPageSize)
        {
            Fail("$.limits.default_page_size", "must be between 1 and max_page_size");
        }

        if (limits.RequestsPerSecond < 0 || limits.Burst < 0 || (limits.RequestsPerSecond > 0 && limits.Burst < 1))
        {
            Fail("$.limits", "requests_per_second and burst must not be negative, and burst must be at least 1 when limiting");
        }

        if (config.ApiRoots.Count == 0)
        {
            Fail("$.api_roots", "at least one API root is required");
        }

        var roots = new Dictionary<string, ApiRootSettings>(StringComparer.Ordinal);
        var collectionsById = new Dictionary<string, CollectionSettings>(StringComparer.Ordinal);
        var storeIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < config.ApiRoots.Count; r++)
        {
            var root = config.ApiRoots[r];
            var rootPath = $"$.api_roots[{r}]";
            if (root.Name is null || !SegmentPattern().IsMatch(root.Name) || root.Name is "taxii2" or "." or "..")
            {
                Fail(rootPath + ".name", $"'{root.Name}' is not a valid API root name (letters, digits, '-', '_', '.'; not 'taxii2')");
                continue;
            }

            if (roots.ContainsKey(root.Name))
            {
                Fail(rootPath + ".name", $"duplicate API root '{root.Name}'");
                continue;
            }

            var collections = new List<CollectionSettings>();
            for (var c = 0; c < root.Collections.Count; c++)
            {
                var collection = root.Collections[c];
                var path = $"{rootPath}.collections[{c}]";
                if (collection.Id is null || !Guid.TryParseExact(collection.Id, "D", out _) || !string.Equals(collection.Id, collection.Id.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    Fail(path + ".id", $"'{collection.Id}' is not a lower-case UUID (TAXII 2.1 collection ids are UUIDs)");
                    continue;
                }

                if (collectionsById.ContainsKey(collection.Id))
                {
                    Fail(path + ".id", $"duplicate collection id '{collection.Id}'");
                    continue;
                }

                var isView = collection.Kind switch
                {
                    "view" => true,
                    "store" => false,
                    _ => (bool?)null,
                };
                if (isView is null)
                {
                    Fail(path + ".kind", $"'{collection.Kind}' must be 'store' or 'view'");
                    continue;
                }

                if (!isView.Value && collection.View is not null)
                {
                    Fail(path + ".view", "only a collection of kind 'view' may have a view selection");
                }

                if (isView.Value && collection.AllowDelete)
                {
                    Fail(path + ".allow_delete", "a view is read-only");
                }

                if (isView.Value && collection.Load.Count > 0)
                {
                    Fail(path + ".load", "only a store collection can load bundles");
                }

                var loadFiles = new List<string>();
                for (var l = 0; l < collection.Load.Count; l++)
                {
                    var file = Path.GetFullPath(Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), collection.Load[l]));
                    if (!File.Exists(file))
                    {
                        Fail($"{path}.load[{l}]", $"file '{file}' does not exist");
                    }

                    loadFiles.Add(file);
                }

                var view = collection.View ?? new ViewConfig();
                var settings = new CollectionSettings
                {
                    Id = collection.Id,
                    ApiRoot = root.Name,
                    Title = string.IsNullOrWhiteSpace(collection.Title) ? collection.Id : collection.Title,
                    Description = collection.Description,
                    Alias = collection.Alias,
                    IsView = isView.Value,
                    MaxTlp = ParseTlp(collection.MaxTlp, path + ".max_tlp", Fail),
                    AllowDelete = collection.AllowDelete,
                    AnonymousRead = collection.AnonymousRead,
                    Source = isView.Value ? view.SourceCollection : collection.Id,
                    RequiredMarkings = new HashSet<string>(view.MarkingRefs, StringComparer.Ordinal),
                    Types = view.Types,
                    LoadFiles = loadFiles,
                };
                for (var m = 0; m < view.MarkingRefs.Count; m++)
                {
                    if (!view.MarkingRefs[m].StartsWith("marking-definition--", StringComparison.Ordinal))
                    {
                        Fail($"{path}.view.marking_refs[{m}]", $"'{view.MarkingRefs[m]}' is not a marking-definition id");
                    }
                }

                collections.Add(settings);
                collectionsById[settings.Id] = settings;
                if (!settings.IsView)
                {
                    storeIds.Add(settings.Id);
                }
            }

            roots[root.Name] = new ApiRootSettings(root.Name, string.IsNullOrWhiteSpace(root.Title) ? root.Name : root.Title, root.Description, collections);
        }

        // View sources must be store collections (checked after every root is known).
        foreach (var (rootIndex, root) in config.ApiRoots.Index())
        {
            foreach (var (collectionIndex, collection) in root.Collections.Index())
            {
                if (collection.View?.SourceCollection is { } sourceCollection && !storeIds.Contains(sourceCollection))
                {
                    Fail($"$.api_roots[{rootIndex}].collections[{collectionIndex}].view.source_collection", $"'{sourceCollection}' is not a store collection of this configuration");
                }
            }
        }

        if (config.DefaultApiRoot is not null && !roots.ContainsKey(config.DefaultApiRoot))
        {
            Fail("$.default_api_root", $"'{config.DefaultApiRoot}' is not one of the API roots");
        }

        var groups = new Dictionary<string, (TlpLevel Clearance, List<CollectionPermissionConfig> Permissions)>(StringComparer.Ordinal);
        for (var g = 0; g < config.Groups.Count; g++)
        {
            var group = config.Groups[g];
            var path = $"$.groups[{g}]";
            if (string.IsNullOrWhiteSpace(group.Name))
            {
                Fail(path + ".name", "must not be empty");
                continue;
            }

            if (groups.ContainsKey(group.Name))
            {
                Fail(path + ".name", $"duplicate group '{group.Name}'");
                continue;
            }

            var clearance = ParseTlp(group.Clearance, path + ".clearance", Fail);
            for (var p = 0; p < group.Collections.Count; p++)
            {
                var permission = group.Collections[p];
                if (!collectionsById.TryGetValue(permission.Id ?? "", out var target))
                {
                    Fail($"{path}.collections[{p}].id", $"'{permission.Id}' is not a collection of this configuration");
                }
                else if (permission.CanWrite && target.IsView)
                {
                    Fail($"{path}.collections[{p}].can_write", $"collection '{permission.Id}' is a view and cannot be written");
                }
            }

            groups[group.Name] = (clearance, group.Collections);
        }

        var users = new Dictionary<string, UserSettings>(StringComparer.Ordinal);
        var tokens = new List<TokenSettings>();
        for (var u = 0; u < config.Users.Count; u++)
        {
            var user = config.Users[u];
            var path = $"$.users[{u}]";
            if (string.IsNullOrWhiteSpace(user.Name) || user.Name.Contains(':', StringComparison.Ordinal))
            {
                Fail(path + ".name", "must be non-empty and must not contain ':'");
                continue;
            }

            if (users.ContainsKey(user.Name))
            {
                Fail(path + ".name", $"duplicate user '{user.Name}'");
                continue;
            }

            if (user.PasswordHash is not null && !Security.PasswordHashing.IsWellFormed(user.PasswordHash))
            {
                Fail(path + ".password_hash", "is not a hash made by 'threatledger serve hash-password'");
            }

            if (user.PasswordHash is null && user.Tokens.Count == 0)
            {
                Fail(path, "a user needs a password_hash or at least one token");
            }

            for (var t = 0; t < user.Tokens.Count; t++)
            {
                var token = user.Tokens[t];
                var hash = TryHex(token.Sha256);
                if (hash is null || hash.Length != 32)
                {
                    Fail($"{path}.tokens[{t}].sha256", "must be 64 hex digits (the SHA-256 of the token, as printed by 'threatledger serve new-token')");
                    continue;
                }

                tokens.Add(new TokenSettings(user.Name, string.IsNullOrWhiteSpace(token.Name) ? $"token-{t}" : token.Name, hash));
            }

            var access = new Dictionary<string, CollectionAccess>(StringComparer.Ordinal);
            for (var g = 0; g < user.Groups.Count; g++)
            {
                if (!groups.TryGetValue(user.Groups[g], out var group))
                {
                    Fail($"{path}.groups[{g}]", $"'{user.Groups[g]}' is not a group of this configuration");
                    continue;
                }

                foreach (var permission in group.Permissions)
                {
                    if (permission.Id is null || (!permission.CanRead && !permission.CanWrite))
                    {
                        continue;
                    }

                    access.TryGetValue(permission.Id, out var existing);
                    access[permission.Id] = new CollectionAccess(
                        (existing?.CanRead ?? false) || permission.CanRead,
                        (existing?.CanWrite ?? false) || permission.CanWrite,
                        // The clearance that counts on a collection is the best among the groups that may read it.
                        permission.CanRead && (existing is null || !existing.CanRead || group.Clearance > existing.Clearance)
                            ? group.Clearance
                            : existing?.Clearance ?? TlpLevel.Clear);
                }
            }

            users[user.Name] = new UserSettings(user.Name, user.PasswordHash, access);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            for (var j = i + 1; j < tokens.Count; j++)
            {
                if (tokens[i].Hash.AsSpan().SequenceEqual(tokens[j].Hash))
                {
                    Fail("$.users", $"the same API token is configured twice ('{tokens[i].UserName}/{tokens[i].TokenName}' and '{tokens[j].UserName}/{tokens[j].TokenName}')");
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new TaxiiConfigException(string.Join(Environment.NewLine, errors));
        }

        return new TaxiiSettings
        {
            Title = config.Title,
            Description = config.Description,
            Contact = config.Contact,
            DefaultApiRoot = config.DefaultApiRoot,
            UnmarkedTlp = unmarked,
            Limits = limits,
            ApiRoots = roots,
            Users = users,
            Tokens = tokens,
        };
    }

    private static TlpLevel ParseTlp(string? value, string path, Action<string, string> fail)
    {
        if (TlpMarkings.TryParseName(value, out var level))
        {
            return level;
        }

        fail(path, $"'{value}' is not a TLP level (clear, green, amber, amber+strict, red)");
        return TlpLevel.Red;
    }

    private static byte[]? TryHex(string? hex)
    {
        if (hex is null || hex.Length % 2 != 0)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SegmentPattern();
}
