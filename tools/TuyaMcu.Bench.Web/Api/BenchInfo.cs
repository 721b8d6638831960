using System.Text.Json.Nodes;
using TuyaMcu.Tooling.Power;

namespace TuyaMcu.Bench.Web.Api;

/// <summary>What a bench is, for <c>/api/info</c> and the page: which controls it has decides which panels show.</summary>
public sealed record BenchInfo(string Mode, string Profile, string Where, bool Simulation, bool Module, bool World, bool SendsDps, PowerTable PowerTable)
{
    public JsonObject ToJson() => new()
    {
        ["mode"] = Mode,
        ["profile"] = Profile,
        ["where"] = Where,
        ["controls"] = new JsonObject
        {
            ["simulation"] = Simulation,
            ["module"] = Module,
            ["world"] = World,
            ["dp"] = SendsDps,
        },
        ["board"] = PowerTable == PowerTable.DevKitC ? "devkitc" : "custom",
    };
}
