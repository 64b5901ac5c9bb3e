// expandServers: a name becomes one entry per address, addresses stay, an unknown name is kept.
import { describe, expect, it } from "vitest";
import { expandServers } from "./resolve-servers.js";

describe("expandServers", () => {
  it("puts every address of a name in its place, keeping addresses and dropping repeats", async () => {
    const lookup = async (host: string) =>
      host === "nodes.example" ? [{ address: "10.0.0.1" }, { address: "10.0.0.2" }] : [];
    const servers = [
      { host: "nodes.example", port: 7667 },
      { host: "10.0.0.2", port: 7667 },
      { host: "::1", port: 7000 },
      { host: "unknown.example", port: 7667 },
    ];
    expect(await expandServers(servers, lookup)).toEqual([
      { host: "10.0.0.1", port: 7667 },
      { host: "10.0.0.2", port: 7667 },
      { host: "::1", port: 7000 },
      { host: "unknown.example", port: 7667 },
    ]);
  });

  it("asks the system resolver by default", async () => {
    const expanded = await expandServers([{ host: "localhost", port: 7667 }]);
    expect(expanded).toContainEqual({ host: "127.0.0.1", port: 7667 });
  });
});
