namespace NakaClaims.Packaging.Tests;

// The two doors users come through, tested for real: PackageReference from a plain feed, and the .NET tool.
public class PackageConsumptionTests(PackageFeed feed) : IClassFixture<PackageFeed>
{
    [Fact]
    public void ConsoleApp_ReferencingThePackagesByVersion_ReadsTheHelicopterDispute()
    {
        var app = Directory.CreateTempSubdirectory("naka-app-").FullName;
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed.Folder}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NakaClaims" Version="{feed.Version}" />
                <PackageReference Include="NakaClaims.SeedLoader" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using NakaClaims.SeedLoader;

            var result = new SeedLoader().LoadFolder(args[0]);
            foreach (var dispute in result.ClaimSet.Disputes())
            {
                Console.WriteLine(dispute);
            }
            """);

        var output = Shell.Run("dotnet", $"run -- \"{feed.Seeds}\"", app);

        Assert.Contains("helicopter shot down, owner Azerbaijan, 2020-09-27 [inferred: year]: 2 per Ministry of Defense of Armenia vs 1 per Ministry of National Defense (Azerbaijan)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_InstalledIntoAToolPath_ExtractsTheSeeds()
    {
        var tools = Directory.CreateTempSubdirectory("naka-tools-").FullName;
        Shell.Run("dotnet", $"tool install NakaClaims.Cli --tool-path \"{tools}\" --add-source \"{feed.Folder}\" --version {feed.Version}", tools);

        var output = Shell.Run(Path.Combine(tools, "naka-claims"), $"extract \"{feed.Seeds}\"", tools);

        Assert.Contains("== Disputes", output, StringComparison.Ordinal);
        Assert.Contains("helicopter shot down, owner Azerbaijan", output, StringComparison.Ordinal);
        Assert.Contains(feed.Version.Split('+')[0], Shell.Run(Path.Combine(tools, "naka-claims"), "--version", tools), StringComparison.Ordinal);
    }
}
