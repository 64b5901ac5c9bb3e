// renderHook for Ink: mounts a component that calls the hook and keeps its latest result, so hooks
// are tested on their own, inside a real Ink tree (ink-testing-library).
import { render } from "ink-testing-library";

export function renderHook<T>(hook: () => T): { result: { current: T }; unmount(): void } {
  const result = { current: undefined as T };
  function Probe() {
    result.current = hook();
    return null;
  }
  const app = render(<Probe />);
  return { result, unmount: app.unmount };
}
