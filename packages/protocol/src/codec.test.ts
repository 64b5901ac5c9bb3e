// Every message kind survives encode → frame → decode, with every field set; malformed bodies are named errors.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import { decodeEnvelope, encodeEnvelope, encodeFrame, encodeFrames, frameBody } from "./codec.js";
import { MalformedFrameError } from "./errors.js";
import { FrameDecoder, frameBytes } from "./frame.js";
import { type Envelope, pb } from "./messages.js";

// The reflection model of the .proto files lets the test build a sample of every message with every
// field filled, so a field added to a .proto is covered without touching this file.
const protoRoot = join(dirname(fileURLToPath(import.meta.url)), "../proto");
const root = new protobuf.Root();
root.resolvePath = (_origin, target) => join(protoRoot, target);
root.loadSync("parley/v1/envelope.proto");
root.resolveAll();
const envelopeType = root.lookupType("parley.v1.Envelope");
const bodyOneof = envelopeType.oneofs.body!;

function sample(type: protobuf.Type, depth = 0, pick = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const chosen = new Set<string>();
  for (const oneof of type.oneofsArray) chosen.add(oneof.fieldsArray[pick % oneof.fieldsArray.length]!.name);
  for (const field of type.fieldsArray) {
    if (field.partOf && !chosen.has(field.name)) continue;
    const value = scalar(field, depth);
    if (value !== undefined) out[field.name] = field.repeated ? [value, value] : value;
  }
  return out;
}

function scalar(field: protobuf.Field, depth: number): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) return depth > 3 ? undefined : sample(resolved, depth + 1);
  if (resolved instanceof protobuf.Enum) return Math.max(...Object.values(resolved.values));
  switch (field.type) {
    case "string":
      return `${field.name} 名前 ✓`;
    case "bool":
      return true;
    case "bytes":
      return Uint8Array.from([0, 1, 2, 255]);
    case "double":
    case "float":
      return 1.5;
    case "uint64":
    case "int64":
      return 2 ** 40 + 7;
    default:
      return 123456;
  }
}

describe("codec", () => {
  it("encodes envelopes into one buffer, the same bytes as a frame each, with where each starts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ maxLength: 300 }), seq: fc.nat() }), { maxLength: 20 }),
        (messages) => {
          const envelopes = messages.map((message) => ({ message }));
          const offsets: number[] = [];
          const all = encodeFrames(envelopes, offsets);
          const frames = envelopes.map((envelope) => encodeFrame(envelope));
          expect(Buffer.from(all)).toEqual(Buffer.concat(frames));
          expect(offsets).toHaveLength(envelopes.length + 1);
          envelopes.forEach((envelope, i) => {
            expect(offsets[i + 1]! - offsets[i]!).toBe(frames[i]!.length);
            expect(Buffer.from(frameBody(all, offsets[i]!, offsets[i + 1]!))).toEqual(
              Buffer.from(encodeEnvelope(envelope)),
            );
          });
        },
      ),
    );
  });

  it("covers the whole first-release vocabulary", () => {
    expect(bodyOneof.fieldsArray.length).toBeGreaterThanOrEqual(55);
  });

  for (const field of bodyOneof.fieldsArray) {
    it(`round-trips ${field.name}`, () => {
      const bodyType = field.resolvedType as protobuf.Type;
      for (
        let pick = 0;
        pick < Math.max(1, ...bodyType.oneofsArray.map((o) => o.fieldsArray.length));
        pick++
      ) {
        const body = sample(bodyType, 0, pick);
        const envelope = { requestId: 42, [field.name]: body };
        // Byte for byte what the generated encoder writes, however the object was put together.
        const generated = Buffer.from(pb.Envelope.encode(envelope).finish());
        expect(Buffer.from(encodeEnvelope(envelope))).toEqual(generated);
        expect(Buffer.from(encodeEnvelope({ ...{ [field.name]: body }, requestId: 42 }))).toEqual(generated);
        const frame = encodeFrame(envelope);
        const [bytes] = new FrameDecoder().push(frame);
        const decoded = decodeEnvelope(bytes!);
        expect(decoded.body).toBe(field.name);
        expect(decoded.requestId).toBe(42);
        const asObject = pb.Envelope.toObject(decoded, { defaults: false, bytes: Array, longs: Number });
        const expected = envelopeType.toObject(envelopeType.fromObject(envelope), {
          defaults: false,
          bytes: Array,
          longs: Number,
        });
        expect(asObject).toEqual(expected);
        // The reflection runtime reads the static encoder's bytes the same way: any protobuf library can.
        expect(envelopeType.decode(encodeEnvelope(envelope)).toJSON()).toEqual(
          envelopeType.fromObject(envelope).toJSON(),
        );
      }
    });
  }

  it("writes what the generated encoder writes for every shape of envelope", () => {
    const same = (envelope: Envelope) =>
      expect(Buffer.from(encodeEnvelope(envelope))).toEqual(
        Buffer.from(pb.Envelope.encode(envelope).finish()),
      );
    same({});
    same({ requestId: 0, ok: {} });
    same({ requestId: undefined, ok: {} });
    same({ requestId: null, ok: {} });
    same({ requestId: 0xffffffff, ok: {} });
    same({ requestId: 7 });
    same({ requestId: 7, ok: null, ping: undefined, pong: { echoSentAtMs: 3 } });
    // Two bodies (not something a sender means): both written, in field order, as the generated encoder does.
    same({ pong: { echoSentAtMs: 3 }, ping: { sentAtMs: 2 }, requestId: 9 });
    // Names that are not Envelope fields, and inherited ones, are not written.
    same({ requestId: 4, ok: {}, somethingElse: { x: 1 } } as Envelope);
    same(Object.assign(Object.create({ ping: { sentAtMs: 1 } }), { requestId: 4 }));
    same(Object.assign(Object.create({ ping: { sentAtMs: 1 } }), { requestId: 4, ok: {} }));
    // A decoded envelope (a class instance, whose prototype holds every body as null) encodes the same.
    same(decodeEnvelope(encodeEnvelope({ requestId: 5, sendMessage: { room: "lobby", text: "hi" } })));
  });

  it("adds a request id to a shared broadcast body without re-encoding it", () => {
    const body = encodeEnvelope({ message: { room: "lobby", seq: 9, text: "hi" } });
    for (const requestId of [0, 1, 127, 128, 300_000, 0xffffffff]) {
      const [bytes] = new FrameDecoder().push(frameBytes(body, requestId));
      const decoded = decodeEnvelope(bytes!);
      expect(decoded.requestId).toBe(requestId);
      expect(decoded.message?.seq).toBe(9);
      expect(decoded.message?.text).toBe("hi");
    }
  });

  it("decodes an empty body as an envelope with no message", () => {
    const decoded = decodeEnvelope(new Uint8Array(0));
    expect(decoded.body).toBeUndefined();
    expect(decoded.requestId).toBe(0);
  });

  it("keeps unknown fields from a newer peer without failing", () => {
    // Field 999, varint 1: a message kind this version does not know.
    const decoded = decodeEnvelope(Uint8Array.from([0xb8, 0x3e, 0x01]));
    expect(decoded.body).toBeUndefined();
  });

  it("turns garbage into MalformedFrameError and nothing else (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (body) => {
        try {
          decodeEnvelope(body);
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedFrameError);
          expect((error as Error).cause).toBeDefined();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reports a truncated body as malformed", () => {
    const body = encodeEnvelope({ requestId: 1, sendMessage: { room: "lobby", text: "hello" } });
    expect(() => decodeEnvelope(body.subarray(0, body.length - 2))).toThrow(MalformedFrameError);
  });
});

describe("oneof", () => {
  it("keeps exactly one member set when a decoded envelope is given another", () => {
    const decoded = decodeEnvelope(encodeEnvelope({ requestId: 3, ping: { sentAtMs: 5 } }));
    expect(decoded.body).toBe("ping");
    decoded.pong = pb.Pong.create({ echoSentAtMs: 5 });
    decoded.body = "pong";
    expect(Object.hasOwn(decoded, "ping")).toBe(false);
    expect(decoded.body).toBe("pong");
    expect(pb.Envelope.decode(pb.Envelope.encode(decoded).finish()).body).toBe("pong");
  });
});
