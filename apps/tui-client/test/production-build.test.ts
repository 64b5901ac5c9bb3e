// The client runs React's production build on its own, with NODE_ENV unset as in a person's shell:
// the development build keeps a performance entry per render for ever and drew a blank screen when
// React and its reconciler were loaded in different modes.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parleyCommand, Tmux } from "./tmux.js";

const tmux = new Tmux();
const dir = mkdtempSync(join(tmpdir(), "parley-react-build-"));
afterAll(() => {
  tmux.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("the parley binary", () => {
  it("draws its screen with React's production build only", { timeout: 40_000 }, async () => {
    const report = join(dir, "react-modules.txt");
    const command = parleyCommand(["--port", "1", "--nick", "prod"], ["./test/report-react-build.mjs"]);
    tmux.start("prod", `export PARLEY_REACT_BUILD_REPORT='${report}'; ${command}`, 80, 20);
    // Not blank: the status bar is drawn.
    await vi.waitFor(() => expect(tmux.screen("prod")).toMatch(/\[reconnecting in \d+s\]/), {
      timeout: 20_000,
    });
    tmux.keys("prod", "C-c");
    await vi.waitFor(() => expect(tmux.screen("prod")).toContain("EXITED 0"), { timeout: 10_000 });
    const modules = readFileSync(report, "utf8").trim().split("\n");
    expect(modules).toEqual(expect.arrayContaining(["react/cjs/react.production.js"]));
    expect(modules.filter((m) => m.includes("development"))).toEqual([]);
    expect(modules.some((m) => m.startsWith("react-reconciler/cjs/react-reconciler.production"))).toBe(true);
  });
});
