// The bytes nodes exchange over Redis pub/sub: a room publication (seqs and the frames as members got
// them), a presence frame for some rooms, an operator command. Pure: no Redis here, so it is tested
// byte by byte; a message that does not parse is dropped by the receiver, never thrown at it.
import type { ClusterCommand, RoomPublication } from "../backplane.js";

const ROOM_MESSAGES = 1;
const PRESENCE = 2;
const COMMAND = 3;
/** Seqs travel as 48-bit unsigned integers: far beyond any room's history, and exact in a JS number. */
const SEQ_BYTES = 6;
const HEADER_BYTES = 1 + 4;

/** What one pub/sub message carries, and which node sent it (nodes skip their own). */
export type BusMessage =
  | { kind: "room"; origin: number; publication: RoomPublication }
  | { kind: "presence"; origin: number; rooms: string[]; frame: Uint8Array }
  | { kind: "command"; origin: number; command: ClusterCommand };

/** A message that is not one of ours (another program on the same Redis, or a newer version). */
export class BusMessageError extends Error {
  override name = "BusMessageError";
}

function header(kind: number, origin: number, rest: number): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + rest);
  out[0] = kind;
  out.writeUInt32BE(origin, 1);
  return out;
}

/** A room publication: kind, origin, firstSeq, lastSeq, then the frames as they are. */
export function encodeRoomMessages(origin: number, publication: RoomPublication): Buffer {
  const { frames } = publication;
  const out = header(ROOM_MESSAGES, origin, 2 * SEQ_BYTES + frames.length);
  out.writeUIntBE(publication.firstSeq, HEADER_BYTES, SEQ_BYTES);
  out.writeUIntBE(publication.lastSeq, HEADER_BYTES + SEQ_BYTES, SEQ_BYTES);
  out.set(frames, HEADER_BYTES + 2 * SEQ_BYTES);
  return out;
}

/** Presence: kind, origin, the rooms as a length-prefixed JSON list, then the frame. */
export function encodePresence(origin: number, rooms: readonly string[], frame: Uint8Array): Buffer {
  const names = Buffer.from(JSON.stringify(rooms));
  const out = header(PRESENCE, origin, 4 + names.length + frame.length);
  out.writeUInt32BE(names.length, HEADER_BYTES);
  names.copy(out, HEADER_BYTES + 4);
  out.set(frame, HEADER_BYTES + 4 + names.length);
  return out;
}

/** A command: kind, origin, JSON. */
export function encodeCommand(origin: number, command: ClusterCommand): Buffer {
  const json = Buffer.from(JSON.stringify(command));
  const out = header(COMMAND, origin, json.length);
  json.copy(out, HEADER_BYTES);
  return out;
}

/** Reads a pub/sub message received on `channel` (the room's name comes from the channel). */
export function decodeBusMessage(bytes: Buffer, room = ""): BusMessage {
  if (bytes.length < HEADER_BYTES) throw new BusMessageError(`a bus message of ${bytes.length} bytes`);
  const origin = bytes.readUInt32BE(1);
  const body = HEADER_BYTES;
  switch (bytes[0]) {
    case ROOM_MESSAGES: {
      if (bytes.length < body + 2 * SEQ_BYTES) throw new BusMessageError("a room publication without seqs");
      const firstSeq = bytes.readUIntBE(body, SEQ_BYTES);
      const lastSeq = bytes.readUIntBE(body + SEQ_BYTES, SEQ_BYTES);
      if (lastSeq < firstSeq) throw new BusMessageError(`seqs ${firstSeq}..${lastSeq} run backwards`);
      const frames = bytes.subarray(body + 2 * SEQ_BYTES);
      return { kind: "room", origin, publication: { room, firstSeq, lastSeq, frames } };
    }
    case PRESENCE: {
      const length = bytes.length >= body + 4 ? bytes.readUInt32BE(body) : -1;
      if (length < 0 || bytes.length < body + 4 + length)
        throw new BusMessageError("a truncated presence message");
      const rooms = parseJson(bytes.subarray(body + 4, body + 4 + length));
      if (!Array.isArray(rooms) || !rooms.every((name) => typeof name === "string"))
        throw new BusMessageError("presence without a list of rooms");
      return { kind: "presence", origin, rooms, frame: bytes.subarray(body + 4 + length) };
    }
    case COMMAND: {
      const command = parseJson(bytes.subarray(body)) as ClusterCommand;
      if (typeof command?.kind !== "string") throw new BusMessageError("a command without a kind");
      return { kind: "command", origin, command };
    }
    default:
      throw new BusMessageError(`unknown bus message kind ${bytes[0]}`);
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new BusMessageError("a bus message with broken JSON", { cause: error });
  }
}
