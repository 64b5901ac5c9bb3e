// renderHook for Ink: mounts a component that calls the hook and keeps its latest result, so hooks
// are tested on their own, inside a real Ink tree (ink-testing-library).
import { render } from "ink-testing-library";

type Slot = { current: unknown };

/** Calls `hook` on every render and stores what it returned in `slot`. */
function Probe({ hook, slot }: { hook: () => unknown; slot: Slot }) {
  slot.current = hook();
  return null;
}

export function renderHook<T>(hook: () => T): { result: { current: T }; unmount(): void } {
  const slot: Slot = { current: undefined };
  const app = render(<Probe hook={hook} slot={slot} />);
  return { result: slot as { current: T }, unmount: app.unmount };
}
