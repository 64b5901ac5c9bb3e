// Presence events are encoded once for all their recipients; this remembers what each such frame says,
// so a recipient's waiting events can be collapsed (presence-collapse.ts) without decoding them again.
import { encodeFrame, type Presence } from "@parley/protocol";

/** What each presence frame made here says; frames are shared, so this holds one entry per event. */
const said = new WeakMap<Uint8Array, Presence>();

/** Encodes a presence event once, for every recipient, remembering what it says. */
export function presenceFrame(presence: Presence): Uint8Array {
  const frame = encodeFrame({ presence });
  said.set(frame, presence);
  return frame;
}

/** What a frame made by presenceFrame says; undefined for any other frame (one from another node). */
export function presenceOf(frame: Uint8Array): Presence | undefined {
  return said.get(frame);
}
