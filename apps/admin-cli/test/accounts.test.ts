// The real parley-admin binary managing accounts on a real server: list (table and --json), show,
// lock and unlock, set-password from stdin, kick by account, delete; unknown accounts exit 1.
import { ErrorCode } from "@parley/protocol";
import { registerAccount } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import { adminEnv, chatClient, loginRefusal, runAdmin, startServer } from "./helpers.js";
import { ACCOUNT_JSON_KEYS } from "./json-contract.js";

// Each run of the binary takes a second or more under tsx, several on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const PASSWORD = "correct horse battery";

describe("parley-admin accounts and account", () => {
  it("lists, shows, locks, unlocks, sets the password of, kicks and deletes accounts", async () => {
    const server = await startServer();
    const env = adminEnv(server);
    await registerAccount(server.port, "Ana", PASSWORD);
    await registerAccount(server.port, "bo", PASSWORD);
    await chatClient(server, "guest1");

    const table = await runAdmin(["accounts"], env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^NAME\s+CREATED\s+LAST SEEN\s+SESSIONS\s+LOCKED\s+FAILED LOGINS\n/);
    expect(table.stdout).toMatch(/^Ana\s.*\snever\s+0\s+-\s+0$/m);
    const json = await runAdmin(["accounts", "--json"], env);
    const listed = JSON.parse(json.stdout).accounts;
    expect(listed.map((a: { name: string }) => a.name)).toEqual(["Ana", "bo"]);
    expect(Object.keys(listed[0])).toEqual(ACCOUNT_JSON_KEYS);

    const shown = await runAdmin(["account", "ana", "--json"], env);
    expect(JSON.parse(shown.stdout)).toMatchObject({ account: { name: "Ana", locked: false }, sessions: [] });
    const missing = await runAdmin(["account", "nobody"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no account "nobody"');

    expect((await runAdmin(["account", "lock", "ana"], env)).stdout).toBe("locked account Ana\n");
    expect((await loginRefusal(server.port, "ana"))?.code).toBe(ErrorCode.ERROR_CODE_NICK_REGISTERED);
    expect((await runAdmin(["account", "unlock", "ana"], env)).code).toBe(0);

    // The password comes from stdin, never the command line, and is not echoed anywhere.
    const set = await runAdmin(["account", "set-password", "ana"], env, undefined, "a new secret\n");
    expect(set).toMatchObject({ code: 0, stdout: "set the password of account Ana\n" });
    const empty = await runAdmin(["account", "set-password", "ana"], env, undefined, "");
    expect(empty.code).toBe(2);

    const ana = await chatClient(server, "ana", undefined, "a new secret");
    const detail = await runAdmin(["account", "ana"], env);
    expect(detail.stdout).toMatch(/^sessions now:\s+1$/m);
    expect(detail.stdout).toMatch(/^\d+\s+ana\s+127\.0\.0\.1/m);
    const sessions = await runAdmin(["sessions", "--json"], env);
    expect(
      JSON.parse(sessions.stdout).sessions.map((s: { nick: string; account: string | null }) => [
        s.nick,
        s.account,
      ]),
    ).toEqual([
      ["guest1", null],
      ["ana", "ana"],
    ]);

    const kick = await runAdmin(["kick", "--account", "ana", "--reason", "bye"], env);
    expect(kick.code).toBe(0);
    expect(kick.stdout).toMatch(/kicked 1 session/);
    await ana.waitFor((e) => e.body === "kicked");

    expect((await runAdmin(["account", "delete", "bo"], env)).stdout).toBe("deleted account bo\n");
    const audit = await runAdmin(["audit", "--json"], env);
    const actions = JSON.parse(audit.stdout).entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["account-lock", "account-unlock", "account-password", "account-delete"]),
    );
    expect(audit.stdout).not.toContain("a new secret");
    expect((await runAdmin(["account", "frobnicate", "bo"], env)).code).toBe(2);
  });
});
