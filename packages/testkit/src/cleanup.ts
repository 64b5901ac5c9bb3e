// Cleanup after each test, last registered first, and temporary directories removed with it.
// Importing the kit registers one afterEach hook in the importing test file (none outside vitest).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

const cleanups: (() => unknown)[] = [];
// A command-line harness run outside vitest (pnpm test:chaos) may borrow the kit; it has no tests to
// clean up after, and vitest refuses hooks outside its runner.
if (process.env.VITEST) {
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
}

/** Runs `fn` after the current test, last registered first (a server closes before its data dir goes). */
export function onCleanup(fn: () => unknown): void {
  cleanups.push(fn);
}

/**
 * A fresh directory under the system's temp dir, removed after the test (outside vitest: when the
 * process exits, since a command-line harness has no tests to clean up after).
 */
export function tempDir(prefix = "parley-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (process.env.VITEST) onCleanup(remove);
  else process.once("exit", remove);
  return dir;
}
