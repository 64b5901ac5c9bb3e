// Sums every package's vitest JSON report into the closing line CI reads: "N passed, N failed".
// Exits 1 if a test failed, a test file could not run, or no test ran at all.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const roots = ["packages", "apps", "bench"];
const reports = [];
for (const root of roots) {
  let names = [];
  try {
    names = readdirSync(root);
  } catch {
    continue;
  }
  for (const name of names) {
    const file = join(root, name, "test-results", "vitest.json");
    try {
      if (statSync(file).isFile()) reports.push(file);
    } catch {}
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
let brokenFiles = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load counts no test, so count it as a failure.
  for (const suite of report.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).every((a) => a.status !== "failed")) {
      brokenFiles++;
      console.log(`test file failed to run: ${suite.name}`);
    }
  }
}
failed += brokenFiles;
console.log(`reports: ${reports.length}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
