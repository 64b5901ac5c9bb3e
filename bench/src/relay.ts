// Baseline: about the least a Node TCP chat relay can do, to show what Node itself costs. Newline-delimited,
// no protocol: first line "<name> <room>" (answered "ok"), then "@<name> text" goes to that client only,
// any other line to everyone in the sender's room, sender included (its copy is the ack).
import { createServer, type Socket } from "node:net";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { host: { type: "string" }, port: { type: "string" } } });
const rooms = new Map<string, Set<Socket>>();
const byName = new Map<string, Socket>();

const server = createServer({ noDelay: true }, (socket) => {
  let pending: Buffer[] = []; // chunks of an unfinished line, joined once its newline arrives
  let room: Set<Socket> | undefined;
  let name = "";
  socket.on("data", (chunk: Buffer) => {
    if (chunk.indexOf(10) < 0) return void pending.push(chunk);
    const buf = pending.length ? Buffer.concat([...pending, chunk]) : chunk;
    let start = 0;
    let run = 0; // start of a run of room lines, forwarded with one write per member
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
      if (!room) {
        const space = buf.indexOf(32, start);
        name = buf.toString("latin1", start, space);
        const roomName = buf.toString("latin1", space + 1, nl);
        room = rooms.get(roomName) ?? rooms.set(roomName, new Set()).get(roomName)!;
        room.add(socket);
        byName.set(name, socket);
        socket.write("ok\n");
        run = nl + 1;
      } else if (buf[start] === 64) {
        if (run < start) for (const member of room) member.write(buf.subarray(run, start));
        byName
          .get(buf.toString("latin1", start + 1, buf.indexOf(32, start)))
          ?.write(buf.subarray(start, nl + 1));
        run = nl + 1;
      }
      start = nl + 1;
    }
    if (room && run < start) for (const member of room) member.write(buf.subarray(run, start));
    pending = start < buf.length ? [buf.subarray(start)] : [];
  });
  socket.on("error", () => socket.destroy());
  socket.on("close", () => {
    room?.delete(socket);
    if (byName.get(name) === socket) byName.delete(name);
  });
});
server.listen(Number(values.port ?? 0), values.host ?? "127.0.0.1", () => {
  console.log(JSON.stringify({ msg: "listening", port: (server.address() as { port: number }).port }));
});
process.on("SIGTERM", () => process.exit(0));
