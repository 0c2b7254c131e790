using System.Reflection;

namespace Destino.Tests.Architecture;

/// <summary>References point inward only; the inner layers know nothing of storage, the web, Redis or Sentry.</summary>
internal sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(Destino.Domain.Common.Money).Assembly;
    private static readonly Assembly Application = typeof(Destino.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Destino.Infrastructure.DependencyInjection).Assembly;

    private static readonly string[] OuterTechnology =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "StackExchange.Redis",
        "Sentry",
    ];

    [Test]
    public void Domain_references_no_other_project_and_no_package()
    {
        var references = ReferenceNames(Domain);

        Assert.That(references.Where(name => !IsFramework(name)), Is.Empty);
    }

    [Test]
    public void Application_references_only_the_domain_among_projects()
    {
        var projects = ReferenceNames(Application).Where(name => name.StartsWith("Destino.", StringComparison.Ordinal));

        Assert.That(projects, Is.EquivalentTo(new[] { "Destino.Domain" }));
    }

    [Test]
    public void Infrastructure_does_not_reference_the_api()
    {
        Assert.That(ReferenceNames(Infrastructure), Has.None.EqualTo("Destino.Api"));
    }

    [TestCase("Destino.Domain")]
    [TestCase("Destino.Application")]
    public void Inner_layers_reach_no_outer_technology_even_transitively(string assemblyName)
    {
        var reachable = ReachableAssemblies(Assembly.Load(assemblyName));

        var offending = reachable.Where(name => OuterTechnology.Any(prefix =>
            name.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.That(offending, Is.Empty);
    }

    [TestCase("Destino.Domain")]
    [TestCase("Destino.Application")]
    public void Inner_project_files_name_no_outer_package(string projectName)
    {
        var projectFile = Path.Combine(RepositoryRoot(), "src", projectName, $"{projectName}.csproj");
        var text = File.ReadAllText(projectFile);

        Assert.That(OuterTechnology.Where(package => text.Contains(package, StringComparison.Ordinal)), Is.Empty);
        Assert.That(text, Does.Not.Contain("Microsoft.AspNetCore.App"));
    }

    private static string[] ReferenceNames(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(reference => reference.Name!).ToArray();

    private static bool IsFramework(string name) =>
        name is "System.Runtime" or "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal);

    private static HashSet<string> ReachableAssemblies(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([root]);

        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is null || IsFramework(reference.Name) || !seen.Add(reference.Name))
                {
                    continue;
                }

                pending.Push(Assembly.Load(reference));
            }
        }

        return seen;
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Destino.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Destino.sln not found above the tests.");
    }
}
