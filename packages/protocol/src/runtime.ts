// Configures protobufjs before the generated module loads: 64-bit fields decode as plain numbers.
// Must be imported before ../gen/parley.js, whose field defaults are fixed when it is evaluated.
import $protobuf from "protobufjs/minimal.js";

// Without Long, readers return JS numbers for (u)int64: exact up to 2^53, which covers every
// millisecond timestamp, sequence number and file size Parley sends.
$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
