namespace Destino.Tests.Support;

/// <summary>
/// One real redis-server per fixture, restarted empty before each test, and a fresh SQLite file per test, so that
/// tests may stop Redis or run several replicas against it.
/// </summary>
[NonParallelizable]
internal abstract class RedisTestBase
{
    protected RedisServer Redis { get; private set; } = null!;

    protected TestDatabase Database { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartRedis() => Redis = RedisServer.Start();

    [OneTimeTearDown]
    public void StopRedis() => Redis.Dispose();

    [SetUp]
    public void RestartRedisAndNewDatabase()
    {
        Redis.Restart();
        Database = new TestDatabase();
    }

    [TearDown]
    public void RemoveDatabase() => Database.Dispose();
}
