// Asks the terminal for mouse reports while the mouse option is on, and stops when it is turned off
// or the screen goes (terminal.ts turns them off on every way out as well).
import { useEffect } from "react";
import { MOUSE_OFF, MOUSE_ON } from "../state/mouse.js";

export function useMouseReporting(enabled: boolean, write: ((bytes: string) => void) | undefined): void {
  useEffect(() => {
    if (!enabled || !write) return;
    write(MOUSE_ON);
    return () => write(MOUSE_OFF);
  }, [enabled, write]);
}
