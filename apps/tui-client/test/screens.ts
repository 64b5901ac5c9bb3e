// Captures the main screen of the real `parley` in tmux at 80x24 and 160x45, on a local server with
// a few people talking, and writes the text into docs/client.md between its screen markers, so the
// pictures there stay true. Run: pnpm --filter @parley/tui-client screens
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageKind, type ProtocolClient } from "@parley/protocol";
import * as parleyServer from "@parley/server";
import { loggedIn, paneCommand, registerAccount, serverKit } from "@parley/testkit";

const SIZES = [
  [80, 24],
  [160, 45],
] as const;
const appDir = fileURLToPath(new URL("..", import.meta.url));
const docPath = join(appDir, "../../docs/client.md");
const socket = `parley-screens-${process.pid}`;
const tmux = (...args: string[]) =>
  execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });

/** Polls the pane until `done` holds for its text (or 30 s have passed), then returns the text. */
async function screenWhen(name: string, done: (screen: string) => boolean): Promise<string> {
  for (const start = Date.now(); ; ) {
    const screen = tmux("capture-pane", "-p", "-t", `=${name}:`);
    if (done(screen) || Date.now() - start > 30_000) return screen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const say = (client: ProtocolClient, room: string, text: string) =>
  client.request({ sendMessage: { room, text, clientMsgId: `${room}-${text.length}-${Math.random()}` } });

async function capture(columns: number, rows: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), "parley-screens-"));
  const { testConfig } = serverKit(parleyServer);
  const server = parleyServer.createServer(testConfig({ serverName: "parley" }, dataDir), {
    logger: parleyServer.silentLogger(),
  });
  const { port } = await server.listen();
  const clients: ProtocolClient[] = [];
  try {
    // bob holds an account, the others are guests (marked "~" in the nick list).
    await registerAccount(port, "bob", "correct horse battery");
    const bob = await loggedIn(port, "bob", ["lobby", "dev"], {
      answerPings: true,
      password: "correct horse battery",
    });
    const carol = await loggedIn(port, "carol", ["lobby", "dev"], { answerPings: true });
    clients.push(bob, carol);
    await bob.request({ setTopic: { room: "lobby", topic: "Release planning, Thursday 10:00" } });
    await say(bob, "lobby", "morning all");
    await say(carol, "lobby", "the build is green again");
    const name = `s${columns}`;
    // One locale and time zone, so the captures do not change with the machine they are made on.
    const env = "export LANG=C.UTF-8 LC_ALL= LC_TIME= TZ=UTC;";
    tmux(
      "new-session",
      "-d",
      "-s",
      name,
      "-x",
      String(columns),
      "-y",
      String(rows),
      `${env} ${paneCommand(appDir, "src/main.tsx", ["--port", String(port), "--nick", "ana"])}`,
    );
    await screenWhen(name, (s) => s.includes("[online]") && s.includes("[#lobby]"));
    tmux("send-keys", "-t", `=${name}:`, "-l", "/join dev");
    tmux("send-keys", "-t", `=${name}:`, "Enter");
    await screenWhen(name, (s) => s.includes("[#dev]"));
    tmux("send-keys", "-t", `=${name}:`, "-l", "/join lobby");
    tmux("send-keys", "-t", `=${name}:`, "Enter");
    await screenWhen(name, (s) => s.includes("[#lobby]"));
    const dave = await loggedIn(port, "dave", ["lobby"], { answerPings: true });
    clients.push(dave);
    await say(dave, "lobby", "ana: the release notes are in the wiki");
    await bob.request({
      sendMessage: { room: "lobby", text: "waves", clientMsgId: "me", kind: MessageKind.MESSAGE_KIND_ACTION },
    });
    await say(carol, "dev", "ana: can you review the parser change?");
    tmux("send-keys", "-t", `=${name}:`, "-l", "on my way");
    const screen = await screenWhen(name, (s) => s.includes("Act: 3:#dev 1!") && s.includes("on my way"));
    return screen.replace(/\s+$/gm, "").replace(/\n+$/, "");
  } finally {
    for (const client of clients) client.conn.destroy();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  let doc = readFileSync(docPath, "utf8");
  for (const [columns, rows] of SIZES) {
    const screen = await capture(columns, rows);
    const marker = `<!-- screen ${columns}x${rows} -->`;
    const block = `${marker}\n\`\`\`\n${screen}\n\`\`\`\n<!-- /screen -->`;
    const pattern = new RegExp(`${marker}\\n[\\s\\S]*?<!-- /screen -->`);
    if (!pattern.test(doc)) throw new Error(`docs/client.md has no ${marker} … <!-- /screen --> section`);
    doc = doc.replace(pattern, () => block);
  }
  writeFileSync(docPath, doc);
  process.stdout.write(`updated ${docPath}\n`);
} finally {
  try {
    tmux("kill-server");
  } catch {
    // No session left.
  }
}
process.exit(0);
