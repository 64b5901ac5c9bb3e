// The generated `parley` namespace rebuilt at load time from the schema descriptor (gen/parley.json)
// with protobufjs's reflection: the same classes, enums and wire bytes as ../gen/parley.js at a
// fraction of the download. Browser bundles substitute it for the generated module (the web client's
// vite.config.ts); Node code keeps the generated classes.
import "./runtime.js";
import $protobuf from "protobufjs/light.js";
import type { parley as Generated } from "../gen/parley.js";
import descriptor from "../gen/parley.json" with { type: "json" };

type Reflected = InstanceType<typeof $protobuf.Namespace>;

/** One level of the namespace: message classes (with encode, decode, create), enums both ways, sub-namespaces. */
function build(namespace: Reflected): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const nested of namespace.nestedArray) {
    if (nested instanceof $protobuf.Type) {
      const ctor = nested.ctor as unknown as Record<string, unknown>;
      Object.assign(ctor, build(nested));
      out[nested.name] = ctor;
    } else if (nested instanceof $protobuf.Enum) {
      // Like a TypeScript enum: NAME → number and number → NAME.
      const values: Record<string | number, string | number> = {};
      for (const [name, id] of Object.entries(nested.values)) {
        values[name] = id;
        values[id] = name;
      }
      out[nested.name] = Object.freeze(values);
    } else if (nested instanceof $protobuf.Namespace) {
      out[nested.name] = build(nested);
    }
  }
  return out;
}

const root = $protobuf.Root.fromJSON(descriptor as $protobuf.INamespace);
root.resolveAll();

export const parley = build(root).parley as typeof Generated;
