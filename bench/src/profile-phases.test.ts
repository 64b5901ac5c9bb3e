// Phases of a CPU profile: by leaf, by a write anywhere on the stack, by the outermost frame, in a window.
import { describe, expect, it } from "vitest";
import { OTHER_PHASE, phasesOf } from "./profile-phases.js";
import { type Profile, summariseProfile } from "./profile-summary.js";

/** A profile from stacks (outermost first, root left out), one sample of `ms` each, in order. */
function profileOf(samples: { stack: string[]; ms: number }[]): Profile {
  const nodes: Profile["nodes"] = [{ id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: 0 } }];
  const leaves = samples.map(({ stack }) => {
    let at = nodes[0]!;
    for (const functionName of stack) {
      const child = (at.children ?? [])
        .map((id) => nodes[id - 1]!)
        .find((n) => n.callFrame.functionName === functionName);
      if (child) {
        at = child;
        continue;
      }
      const node = { id: nodes.length + 1, callFrame: { functionName, url: "", lineNumber: 0 } };
      nodes.push(node);
      at.children = [...(at.children ?? []), node.id];
      at = node;
    }
    return at.id;
  });
  return { nodes, samples: leaves, timeDeltas: samples.map(({ ms }) => ms * 1000) };
}

describe("phasesOf", () => {
  const profile = profileOf([
    { stack: ["run", "evaluate"], ms: 40 },
    { stack: ["onconnection", "Socket"], ms: 3 },
    { stack: ["onStreamRead", "onData", "login"], ms: 5 },
    { stack: ["onStreamRead", "onData", "write", "writev"], ms: 2 },
    { stack: ["processTicksAndRejections", "uncork", "writeBuffer"], ms: 4 },
    { stack: ["(garbage collector)"], ms: 1 },
    { stack: ["(idle)"], ms: 100 },
    { stack: ["onconnection", "accept"], ms: 4 },
    { stack: ["processTimers", "housekeeping"], ms: 8 },
    { stack: ["someCallback"], ms: 1 },
    { stack: ["processImmediate", "flushNow", ""], ms: 16 },
  ]);

  it("sorts busy samples into phases: a write wherever it is made, the rest by where they entered", () => {
    expect(phasesOf(profile)).toEqual([
      { name: "start-up (loading modules)", ms: 40 },
      { name: "deferred work (ticks, promises, flushes)", ms: 16 },
      { name: "timers", ms: 8 },
      { name: "accepting connections", ms: 7 },
      { name: "socket writes (system calls)", ms: 6 },
      { name: "reading and serving requests", ms: 5 },
      { name: "garbage collection", ms: 1 },
      { name: OTHER_PHASE, ms: 1 },
    ]);
  });

  it("keeps only the samples from the first to the last with the window's function on the stack", () => {
    expect(phasesOf(profile, "onconnection")).toEqual([
      { name: "accepting connections", ms: 7 },
      { name: "socket writes (system calls)", ms: 6 },
      { name: "reading and serving requests", ms: 5 },
      { name: "garbage collection", ms: 1 },
    ]);
    expect(phasesOf(profile, "nowhere")).toEqual([]);
  });
});

describe("summariseProfile", () => {
  const profile = profileOf([
    { stack: ["run", "evaluate"], ms: 40 },
    { stack: ["onStreamRead", "onData", "serve"], ms: 5 },
    { stack: ["processImmediate", "commit"], ms: 7 },
    { stack: ["onStreamRead", "onData"], ms: 2 },
    { stack: ["processTimers", "housekeeping"], ms: 8 },
  ]);
  const costs = (window?: string) =>
    Object.fromEntries(summariseProfile(profile, window).map((c) => [c.name, [c.selfMs, c.totalMs]]));

  it("counts self and total time per function", () => {
    expect(costs()).toMatchObject({
      evaluate: [40, 40],
      onData: [2, 7],
      serve: [5, 5],
      housekeeping: [8, 8],
    });
  });

  it("keeps only the samples of the window, as phasesOf does", () => {
    expect(costs("onStreamRead")).toEqual({
      "(root)": [0, 14],
      onStreamRead: [0, 7],
      onData: [2, 7],
      serve: [5, 5],
      processImmediate: [0, 7],
      commit: [7, 7],
    });
    expect(costs("nowhere")).toEqual({});
  });
});
