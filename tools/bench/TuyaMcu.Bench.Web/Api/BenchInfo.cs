using System.Text.Json.Nodes;
using TuyaMcu.Tooling.Power;

namespace TuyaMcu.Bench.Web.Api;

/// <summary>
/// What a bench is, for <c>/api/info</c> and the page: which controls it has decides which panels
/// show; <paramref name="WorldControls"/> which world controls (contact, pulses, outage, brown-out,
/// button, battery) and <paramref name="Plots"/> which plot strips.
/// </summary>
public sealed record BenchInfo(string Mode, string Profile, string Where, bool Simulation, bool Module, bool World, bool SendsDps, PowerTable PowerTable, string[] WorldControls, string[] Plots)
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
        ["world"] = new JsonArray([.. WorldControls.Select(c => (JsonNode)c)]),
        ["plots"] = new JsonArray([.. Plots.Select(c => (JsonNode)c)]),
        ["board"] = PowerTable == PowerTable.DevKitC ? "devkitc" : "custom",
    };
}
