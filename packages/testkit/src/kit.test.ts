// The kit's own pieces that need no server: cleanup order, temporary directories, and running a
// program to completion with its exit code and output.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSource } from "./binary.js";
import { onCleanup, tempDir } from "./cleanup.js";

const order: string[] = [];
let dirOfFirstTest = "";

describe("cleanup", () => {
  it("registers work for after the test", () => {
    dirOfFirstTest = tempDir();
    expect(existsSync(dirOfFirstTest)).toBe(true);
    onCleanup(() => order.push("first"));
    onCleanup(() => order.push("second"));
  });

  it("ran it last-registered first, and removed the directory", () => {
    expect(order).toEqual(["second", "first"]);
    expect(existsSync(dirOfFirstTest)).toBe(false);
  });
});

describe("runSource", () => {
  it("resolves with the exit code, stdout and stderr of a program run from source", async () => {
    const dir = tempDir();
    const entry = join(dir, "prog.ts");
    writeFileSync(
      entry,
      'const n: number = 3;\nprocess.stdout.write("out " + n + "\\n");\nconsole.error("err");\nprocess.exit(7);\n',
    );
    const result = await runSource(entry, [], { cwd: process.cwd() });
    expect(result).toEqual({ code: 7, stdout: "out 3\n", stderr: "err\n" });
  });
});
