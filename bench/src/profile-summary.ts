// Summarises a V8 CPU profile (node --cpu-prof): self and total time per function, heaviest first.
// Usage: node --import tsx bench/src/profile-summary.ts FILE.cpuprofile [--top N] [--phases] [--window FN]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { phasesOf, profileTree, sampleWindow } from "./profile-phases.js";

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A function's share of a profile: self time (in its own code) and total time (with its callees), in ms. */
export interface FunctionCost {
  name: string;
  location: string;
  selfMs: number;
  totalMs: number;
}

/**
 * Self and total time per function (keyed by name and location); recursion is counted once per
 * sample. `window`: only the samples from the first to the last with that function on the stack.
 */
export function summariseProfile(profile: Profile, window?: string): FunctionCost[] {
  const [from, to] = sampleWindow(profile, window) ?? [0, -1];
  const { byId, parent } = profileTree(profile);
  const key = (n: ProfileNode) => {
    const url = n.callFrame.url
      .replace(/^file:\/\//, "")
      .replace(/.*\/(apps|packages|bench|node_modules)\//, "$1/");
    return `${n.callFrame.functionName || "(anonymous)"}\t${url ? `${url}:${n.callFrame.lineNumber + 1}` : ""}`;
  };
  const costs = new Map<string, FunctionCost>();
  const cost = (k: string) => {
    let c = costs.get(k);
    if (!c) {
      const [name = "", location = ""] = k.split("\t");
      c = { name, location, selfMs: 0, totalMs: 0 };
      costs.set(k, c);
    }
    return c;
  };
  profile.samples.forEach((id, i) => {
    if (i < from || i > to) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    cost(key(leaf)).selfMs += ms;
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const k = key(n);
      if (!seen.has(k)) {
        seen.add(k);
        cost(k).totalMs += ms;
      }
    }
  });
  return [...costs.values()].sort((a, b) => b.selfMs - a.selfMs);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  // Piped into `head`: the reader has what it wanted.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string" }, phases: { type: "boolean" }, window: { type: "string" } },
  });
  const top = Number(values.top ?? 30);
  for (const file of positionals) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    if (values.phases) {
      const phases = phasesOf(profile, values.window);
      const busy = phases.reduce((n, p) => n + p.ms, 0);
      console.log(`${file}: ${busy.toFixed(0)} ms busy${values.window ? ` while ${values.window} ran` : ""}`);
      for (const { name, ms } of phases)
        console.log(
          `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${name}`,
        );
      continue;
    }
    const costs = summariseProfile(profile, values.window);
    const all = costs.reduce((n, c) => n + c.selfMs, 0);
    const idle = costs.filter((c) => c.name === "(idle)").reduce((n, c) => n + c.selfMs, 0);
    console.log(
      `${file}: ${all.toFixed(0)} ms sampled, ${(all - idle).toFixed(0)} ms busy${values.window ? ` while ${values.window} ran` : ""}`,
    );
    console.log("  self ms  total ms  function");
    for (const c of costs.filter((c) => c.name !== "(idle)").slice(0, top)) {
      console.log(
        `${c.selfMs.toFixed(1).padStart(9)} ${c.totalMs.toFixed(1).padStart(9)}  ${c.name}  ${c.location}`,
      );
    }
  }
}
