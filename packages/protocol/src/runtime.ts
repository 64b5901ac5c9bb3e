// Configures protobufjs before the generated module loads: 64-bit fields decode as plain numbers, and
// setting a oneof member clears only the members actually present.
// Must be imported before ../gen/parley.js, which reads both settings when it is evaluated.
import $protobuf from "protobufjs/minimal.js";

// Without Long, readers return JS numbers for (u)int64: exact up to 2^53, which covers every
// millisecond timestamp, sequence number and file size Parley sends.
$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

// The stock setter runs `delete this[name]` for every other member of the oneof (55 for Envelope's
// body) each time a message is decoded; a delete is a slow path in V8, and it cost about 6 µs per
// received frame. Clearing only the members the object actually holds has the same result.
$protobuf.util.oneOfSetter = function oneOfSetter(fieldNames: string[]) {
  const members = new Set(fieldNames);
  return function setOneOf(this: Record<string, unknown>, name: string | undefined): void {
    for (const key of Object.keys(this)) {
      if (key !== name && members.has(key)) delete this[key];
    }
  };
};
