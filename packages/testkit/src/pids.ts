// Processes the kit starts are stopped by pid; this tells whether one is still there.

/** Whether process `pid` still runs (signal 0 probes without signalling). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
