// What /readyz asks before it says the server can take traffic: named checks (listening, the store
// reachable), each free to add; a cluster layer adds its own (its backplane reachable) the same way.

/** One check: resolves (or returns) when healthy; throws or rejects with what is wrong. */
export type ReadinessCheck = () => void | Promise<void>;

/** A check's outcome, as /readyz reports it. */
export interface CheckResult {
  name: string;
  ok: boolean;
  /** What went wrong (empty when ok). */
  detail: string;
}

/** A check that takes longer than this counts as failed, so /readyz always answers. */
export const READINESS_CHECK_TIMEOUT_MS = 2000;

/** The named readiness checks of one server. */
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();

  /** Adds (or replaces) the check called `name`. */
  add(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  remove(name: string): void {
    this.checks.delete(name);
  }

  /** Runs every check at once; ready when all pass. */
  async run(): Promise<{ ready: boolean; checks: CheckResult[] }> {
    const checks = await Promise.all(
      [...this.checks].map(async ([name, check]): Promise<CheckResult> => {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            Promise.resolve().then(check),
            new Promise((_, reject) => {
              timer = setTimeout(
                () => reject(new Error(`no answer within ${READINESS_CHECK_TIMEOUT_MS} ms`)),
                READINESS_CHECK_TIMEOUT_MS,
              );
            }),
          ]);
          return { name, ok: true, detail: "" };
        } catch (error) {
          return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return { ready: checks.every((check) => check.ok), checks };
  }
}
