// The client's heap settings (src/heap-flags.ts) are in effect in the process that draws the screen,
// however parley is started: by its shebang (the installed command), or by plain `node` without
// flags (pnpm parley, node bin/parley.js), when it relaunches itself and ends as the client ends.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { signalExitCode } from "@parley/cli-shell";
import { afterAll, describe, expect, it, vi } from "vitest";
import { HEAP_FLAGS } from "../src/heap-flags.js";
import { tempDir } from "./helpers.js";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
afterAll(() => tmux.kill());

interface ProcessReport {
  event: "start" | "exit";
  pid: number;
  ppid: number;
  execArgv: string[];
  heapSizeLimit: number;
  ranScreen: boolean;
}

const binFile = fileURLToPath(new URL("../bin/parley.js", import.meta.url));

/** The flags bin/parley.js's shebang gives node. */
function shebangFlags(): string[] {
  const first = readFileSync(binFile, "utf8").split("\n")[0]!;
  const match = /^#!\/usr\/bin\/env -S node((?: --[^ ]+)*)$/.exec(first);
  if (!match) throw new Error(`unexpected shebang in bin/parley.js: ${first}`);
  return match[1]!.trim().split(" ");
}

/** V8's heap limit in a node process started with `flags`. */
function heapLimitWith(flags: readonly string[]): number {
  return Number(
    execFileSync(
      process.execPath,
      [...flags, "-p", "require('node:v8').getHeapStatistics().heap_size_limit"],
      {
        encoding: "utf8",
      },
    ),
  );
}

/** Starts parley through src/launch.ts with `nodeFlags`, at a port where nothing listens. */
async function startClient(name: string, nodeFlags: readonly string[]): Promise<string> {
  const report = join(tempDir("parley-heap-"), "report.jsonl");
  const command = parleyCommand(["--port", "1", "--nick", name], ["./test/report-heap.mjs"], undefined, {
    entry: "src/launch.ts",
    nodeFlags,
  });
  tmux.start(name, `export PARLEY_HEAP_REPORT='${report}'; ${command}`, 80, 20);
  await vi.waitFor(() => expect(tmux.screen(name)).toMatch(/\[reconnecting in \d+s\]/), { timeout: 20_000 });
  return report;
}

function readReports(file: string): ProcessReport[] {
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as ProcessReport);
}

describe("parley's heap settings", () => {
  it("are the ones the installed command's shebang gives node", () => {
    expect(shebangFlags()).toEqual(HEAP_FLAGS);
  });

  it("started by its shebang, it runs in that one process", { timeout: 40_000 }, async () => {
    const report = await startClient("shebang", shebangFlags());
    tmux.keys("shebang", "C-c");
    await vi.waitFor(() => expect(tmux.screen("shebang")).toContain("EXITED 0"), { timeout: 10_000 });
    const exits = readReports(report).filter((r) => r.event === "exit");
    expect(exits).toHaveLength(1);
    expect(exits[0]).toMatchObject({ ranScreen: true, heapSizeLimit: heapLimitWith(HEAP_FLAGS) });
  });

  it("started by node without them, it relaunches with them and ends as the client ends", {
    timeout: 40_000,
  }, async () => {
    const report = await startClient("plain", []);
    // SIGTERM to the process the shell started: it is passed on, and the client's exit code comes back.
    process.kill(tmux.childPid("plain")!, "SIGTERM");
    await vi.waitFor(() => expect(tmux.screen("plain")).toContain(`EXITED ${signalExitCode("SIGTERM")}`), {
      timeout: 10_000,
    });
    const exits = readReports(report).filter((r) => r.event === "exit");
    const client = exits.find((r) => r.ranScreen);
    const launcher = exits.find((r) => !r.ranScreen);
    expect(exits).toHaveLength(2);
    expect(launcher?.heapSizeLimit).toBe(heapLimitWith([]));
    expect(client).toMatchObject({ ppid: launcher?.pid, heapSizeLimit: heapLimitWith(HEAP_FLAGS) });
    expect(client?.execArgv).toEqual(expect.arrayContaining([...HEAP_FLAGS]));
  });
});
