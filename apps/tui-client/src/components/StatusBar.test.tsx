// The status bar under ink-testing-library: lag appears only once it is worth reading, and slow lag
// is marked.
import { render } from "ink-testing-library";
import { afterEach, expect, it } from "vitest";
import { initialState } from "../state/model.js";
import { LAG_MIN_SHOW_MS, LAG_SLOW_MS, StatusBar } from "./StatusBar.js";

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function bar(lagMs: number | null): string {
  const state = { ...initialState("ana", "testnet"), status: { type: "online" as const }, lagMs };
  const shown = render(<StatusBar state={state} width={80} nowMs={0} />);
  unmount = shown.unmount;
  const frame = shown.lastFrame() ?? "";
  shown.unmount();
  unmount = undefined;
  return frame;
}

it("hides a healthy lag, shows one from LAG_MIN_SHOW_MS on, and marks it slow from LAG_SLOW_MS", () => {
  expect(bar(null)).toContain("[online] testnet │ ana");
  expect(bar(3)).not.toContain("lag");
  expect(bar(LAG_MIN_SHOW_MS - 1)).not.toContain("lag");
  expect(bar(LAG_MIN_SHOW_MS)).toContain(`│ lag ${LAG_MIN_SHOW_MS}ms`);
  expect(bar(LAG_SLOW_MS - 1)).not.toContain("(slow)");
  expect(bar(LAG_SLOW_MS)).toContain(`lag ${LAG_SLOW_MS}ms (slow)`);
});
