// Splits a server's CPU profile into phases (accepting, serving requests, socket writes, GC...), so two
// servers profiled in one run can be compared phase by phase: where one spends more than the other.
import type { Profile, ProfileNode } from "./profile-summary.js";

/** A phase: samples whose leaf, any frame, or outermost frame (below the root) has one of these names. */
interface PhaseRule {
  name: string;
  by: "leaf" | "any" | "outer";
  functions: readonly string[];
}

/**
 * First rule that matches wins. Socket writes are told by the system call wherever it is made (in a
 * handler, or in a flush after it), so they are one figure for every server; the rest by where the
 * event loop entered JavaScript.
 */
export const PHASE_RULES: readonly PhaseRule[] = [
  { name: "garbage collection", by: "leaf", functions: ["(garbage collector)"] },
  { name: "V8 and Node outside JavaScript", by: "leaf", functions: ["(program)"] },
  {
    name: "socket writes (system calls)",
    by: "any",
    functions: ["writev", "writeBuffer", "writeUtf8String", "writeLatin1String", "writeAsciiString"],
  },
  { name: "accepting connections", by: "outer", functions: ["onconnection"] },
  { name: "reading and serving requests", by: "outer", functions: ["onStreamRead"] },
  { name: "timers", by: "outer", functions: ["processTimers"] },
  {
    name: "deferred work (ticks, promises, flushes)",
    by: "outer",
    functions: ["processTicksAndRejections", "processImmediate"],
  },
  {
    name: "start-up (loading modules)",
    by: "outer",
    functions: ["run", "loadAndTranslate", "getModuleJobForImport", "_link", "_instantiate", "defaultLoad"],
  },
];

export const OTHER_PHASE = "other";

/** The profile's nodes by id, and each node's parent id (the root has none). */
export function profileTree(profile: Profile): {
  byId: Map<number, ProfileNode>;
  parent: Map<number, number>;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/**
 * The samples (first and last index) from the first to the last with `window` on the stack; the
 * whole profile when `window` is undefined, undefined when no sample has it.
 */
export function sampleWindow(profile: Profile, window?: string): [number, number] | undefined {
  if (!window) return [0, profile.samples.length - 1];
  const { byId, parent } = profileTree(profile);
  const has = new Map<number, boolean>();
  const onStack = (id: number): boolean => {
    let known = has.get(id);
    if (known === undefined) {
      const node = byId.get(id);
      const up = parent.get(id);
      known = node?.callFrame.functionName === window || (up !== undefined && onStack(up));
      has.set(id, known);
    }
    return known;
  };
  const from = profile.samples.findIndex(onStack);
  return from < 0 ? undefined : [from, profile.samples.findLastIndex(onStack)];
}

/** Busy milliseconds per phase, heaviest first. `window` keeps only samples from the first to the last
 * one with that function on its stack (e.g. onconnection: the connect phase of a bench run). */
export function phasesOf(profile: Profile, window?: string): { name: string; ms: number }[] {
  const { byId, parent } = profileTree(profile);
  /** Frames from the leaf to just below the root. */
  const stack = (leaf: ProfileNode): ProfileNode[] => {
    const frames: ProfileNode[] = [];
    for (let n: ProfileNode | undefined = leaf; n && parent.has(n.id); n = byId.get(parent.get(n.id)!))
      frames.push(n);
    return frames;
  };
  const named = (frames: ProfileNode[], names: readonly string[]) =>
    frames.some((f) => names.includes(f.callFrame.functionName));
  const samples = profile.samples.map((id, i) => ({
    frames: stack(byId.get(id)!),
    ms: (profile.timeDeltas[i] ?? 0) / 1000,
  }));
  const range = sampleWindow(profile, window);
  if (!range) return [];
  const [from, to] = range;
  const totals = new Map<string, number>();
  for (const { frames, ms } of samples.slice(from, to + 1)) {
    // An anonymous function's name is "": only a sample with no frame at all is skipped.
    const leaf = frames[0]?.callFrame.functionName;
    if (leaf === undefined || leaf === "(idle)") continue;
    const rule = PHASE_RULES.find(({ by, functions }) =>
      by === "leaf"
        ? functions.includes(leaf)
        : by === "any"
          ? named(frames, functions)
          : functions.includes(frames[frames.length - 1]!.callFrame.functionName),
    );
    const name = rule?.name ?? OTHER_PHASE;
    totals.set(name, (totals.get(name) ?? 0) + ms);
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}
