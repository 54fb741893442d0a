using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Security;

namespace ThreatLedger.Taxii.Tests;

/// <summary>The configuration most tests run against: one API root, five collections, three groups, four users.</summary>
internal static class TestConfig
{
    public const string Root = "api1";
    public const string Shared = "11111111-1111-4111-8111-111111111111";
    public const string GreenView = "22222222-2222-4222-8222-222222222222";
    public const string Secret = "33333333-3333-4333-8333-333333333333";
    public const string Public = "44444444-4444-4444-8444-444444444444";
    public const string WriteOnly = "55555555-5555-4555-8555-555555555555";
    public const string Never = "66666666-6666-4666-8666-666666666666";

    public const string AliceToken = "tok-alice-0123456789";
    public const string BobToken = "tok-bob-0123456789";
    public const string CarolToken = "tok-carol-0123456789";

    // PBKDF2 is slow on purpose: hash each test password once per test run.
    private static readonly Lazy<(string Alice, string Bob, string Carol)> s_hashes = new(() =>
        (PasswordHashing.HashPassword("alice-pass"), PasswordHashing.HashPassword("bob-pass"), PasswordHashing.HashPassword("carol-pass")));

    /// <summary>alice: green clearance; bob: red; carol: amber; dave: no groups.</summary>
    public static TaxiiConfig Create(LimitsConfig? limits = null, string unmarked = "amber") => new()
    {
        Title = "Test TAXII",
        Description = "Integration tests",
        Contact = "cert@example.org",
        DefaultApiRoot = Root,
        UnmarkedTlp = unmarked,
        Limits = limits ?? new LimitsConfig { RequestsPerSecond = 0, MaxContentLength = 64 * 1024, MaxPageSize = 50, DefaultPageSize = 20 },
        ApiRoots =
        [
            new ApiRootConfig
            {
                Name = Root,
                Title = "Test root",
                Collections =
                [
                    new CollectionConfig { Id = Shared, Title = "Shared", Kind = "store", MaxTlp = "red", AllowDelete = true },
                    new CollectionConfig { Id = GreenView, Title = "Green view", Kind = "view", MaxTlp = "green" },
                    new CollectionConfig { Id = Secret, Title = "Secret", Kind = "store", MaxTlp = "red" },
                    new CollectionConfig { Id = Public, Title = "Public", Kind = "store", MaxTlp = "clear", AnonymousRead = true },
                    new CollectionConfig { Id = WriteOnly, Title = "Drop box", Kind = "store", MaxTlp = "amber" },
                    new CollectionConfig { Id = Never, Title = "Nobody", Kind = "store" },
                ],
            },
        ],
        Groups =
        [
            new GroupConfig
            {
                Name = "green-partners",
                Clearance = "green",
                Collections =
                [
                    new CollectionPermissionConfig { Id = Shared, CanRead = true },
                    new CollectionPermissionConfig { Id = GreenView, CanRead = true },
                    new CollectionPermissionConfig { Id = Public, CanRead = true },
                    new CollectionPermissionConfig { Id = WriteOnly, CanWrite = true },
                ],
            },
            new GroupConfig
            {
                Name = "red-team",
                Clearance = "red",
                Collections =
                [
                    new CollectionPermissionConfig { Id = Shared, CanRead = true, CanWrite = true },
                    new CollectionPermissionConfig { Id = GreenView, CanRead = true },
                    new CollectionPermissionConfig { Id = Secret, CanRead = true, CanWrite = true },
                    new CollectionPermissionConfig { Id = Public, CanRead = true, CanWrite = true },
                ],
            },
            new GroupConfig
            {
                Name = "amber-analysts",
                Clearance = "amber",
                Collections = [new CollectionPermissionConfig { Id = Shared, CanRead = true }],
            },
        ],
        Users =
        [
            new UserConfig { Name = "alice", PasswordHash = s_hashes.Value.Alice, Groups = ["green-partners"], Tokens = [Token("alice-ci", AliceToken)] },
            new UserConfig { Name = "bob", PasswordHash = s_hashes.Value.Bob, Groups = ["red-team"], Tokens = [Token("bob-ci", BobToken)] },
            new UserConfig { Name = "carol", PasswordHash = s_hashes.Value.Carol, Groups = ["amber-analysts"], Tokens = [Token("carol-ci", CarolToken)] },
            new UserConfig { Name = "dave", Tokens = [Token("dave", "tok-dave-0123456789")] },
        ],
    };

    private static TokenConfig Token(string name, string token) => new() { Name = name, Sha256 = Convert.ToHexStringLower(PasswordHashing.HashToken(token)) };
}
