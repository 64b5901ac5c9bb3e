// Accounts across three real nodes on one real PostgreSQL and one real Redis: an account registered,
// changed or deleted on one node is known the same way on the others at once, with no restart.
import { fileURLToPath } from "node:url";
import { ErrorCode, ServerError } from "@parley/protocol";
import { runSource, type TestCluster } from "@parley/testkit";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  loggedIn,
  loginRefusal,
  registerAccount,
  spawnCluster,
  startPostgres,
  type TestPostgres,
  tempDir,
} from "./helpers.js";

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.destroy());

const PASSWORD = "correct horse battery";
const adminCliDir = fileURLToPath(new URL("../../admin-cli", import.meta.url));

/** The ServerError a SCRAM login with `password` is refused with (undefined: it was accepted). */
async function passwordRefusal(
  port: number,
  nick: string,
  password: string,
): Promise<ServerError | undefined> {
  try {
    const client = await loggedIn(port, nick, undefined, { password });
    client.conn.destroy();
    return undefined;
  } catch (error) {
    if (error instanceof ServerError) return error;
    throw error;
  }
}

describe("accounts in a cluster of three nodes", () => {
  it("registers on one node, logs in, changes the password and deletes the account on the others", async () => {
    const cluster: TestCluster = await spawnCluster({ nodes: 3, postgres, args: ["--log-level", "warn"] });
    const [one, two, three] = cluster.nodes.map((node) => node.port) as [number, number, number];

    // Registered on node 1: node 2 takes its password at once, node 3 refuses the nick to a guest.
    await registerAccount(one, "ada", PASSWORD);
    expect(await passwordRefusal(two, "ada", PASSWORD)).toBeUndefined();
    expect((await loginRefusal(three, "ada"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);
    expect((await loginRefusal(three, "ADA"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);

    // The password changed on node 2: node 3 refuses the old one once told, and takes the new one.
    const ada = await loggedIn(two, "ada", undefined, { password: PASSWORD });
    await ada.request({ changePassword: { currentPassword: PASSWORD, newPassword: "a new secret" } });
    ada.conn.destroy();
    await vi.waitFor(
      async () =>
        expect((await passwordRefusal(three, "ada", PASSWORD))?.code).toBe(ErrorCode.ERROR_CODE_AUTH_FAILED),
      10_000,
    );
    expect(await passwordRefusal(three, "ada", "a new secret")).toBeUndefined();

    // Deleted on node 1 with parley-admin: node 2 refuses the login, and the nick is a guest's again.
    const deleted = await runSource("src/main.ts", ["account", "delete", "ada"], {
      cwd: adminCliDir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: tempDir(),
        PARLEY_ADMIN_PORT: String(cluster.nodes[0]!.adminPort),
        PARLEY_ADMIN_TOKEN: cluster.adminToken,
      },
    });
    expect(deleted.stdout).toBe("deleted account ada\n");
    await vi.waitFor(
      async () =>
        expect((await passwordRefusal(two, "ada", "a new secret"))?.code).toBe(
          ErrorCode.ERROR_CODE_AUTH_FAILED,
        ),
      10_000,
    );
    expect(await loginRefusal(three, "ada")).toBeUndefined();
  }, 120_000);
});
