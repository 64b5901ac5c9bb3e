// Regenerates gen/parley.js and gen/parley.d.ts from proto/ with protobufjs-cli, and gen/parley.json,
// the same schema as a descriptor that browsers load by reflection (src/reflection.ts).
// Output is deterministic, so CI can regenerate and `git diff --exit-code gen`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = join(root, "proto");
// envelope.proto imports every other file; naming them again would define each type twice.
const entry = "parley/v1/envelope.proto";
const bin = (name) => join(root, "node_modules/.bin", name);
const js = join(root, "gen/parley.js");
const dts = join(root, "gen/parley.d.ts");
const json = join(root, "gen/parley.json");

const pbjs = (out, ...flags) =>
  execFileSync(
    bin("pbjs"),
    ["-t", "static-module", "-w", "es6", "--force-number", "--no-verify", "--no-delimited", ...flags],
    { cwd: protoDir, stdio: "inherit" },
  ) && out;
const fixImport = (file) =>
  // protobufjs has no "exports" map, so Node's ESM resolver needs the file extension.
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace('from "protobufjs/minimal"', 'from "protobufjs/minimal.js"'),
  );

// pbts reads types from JSDoc, so it gets a commented copy; the shipped module has none (a tenth the size).
const tmp = mkdtempSync(join(tmpdir(), "parley-gen-"));
const commented = join(tmp, "parley.js");
pbjs(commented, "-p", protoDir, "-o", commented, entry);
execFileSync(bin("pbts"), ["--no-comments", "-o", dts, commented], { stdio: "inherit" });
rmSync(tmp, { recursive: true, force: true });
pbjs(js, "--no-comments", "-p", protoDir, "-o", js, entry);
fixImport(js);
writeFileSync(dts, readFileSync(dts, "utf8").replace('from "protobufjs"', 'from "protobufjs/minimal.js"'));
execFileSync(bin("pbjs"), ["-t", "json", "-p", protoDir, "-o", json, entry], {
  cwd: protoDir,
  stdio: "inherit",
});
