// docs/protocol.md against the .proto files: every message, field and enum value is named there, the
// tables of message kinds, error codes, limits and ChatMessage fields match the files number for
// number, and every link inside the document leads to a heading, so the document cannot fall behind.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const protoDir = join(root, "packages/protocol/proto/parley/v1");
const doc = readFileSync(join(root, "docs/protocol.md"), "utf8");

interface Message {
  name: string;
  fields: { name: string; id: number; type: string }[];
}
interface Enum {
  name: string;
  values: { name: string; id: number }[];
}

/** Every message and enum declared in the .proto files, read with protobufjs's own parser. */
function readProtos(): { messages: Map<string, Message>; enums: Map<string, Enum> } {
  const messages = new Map<string, Message>();
  const enums = new Map<string, Enum>();
  const visit = (namespace: protobuf.NamespaceBase) => {
    for (const nested of namespace.nestedArray) {
      if (nested instanceof protobuf.Type) {
        const fields = nested.fieldsArray.map((f) => ({ name: f.name, id: f.id, type: f.type }));
        messages.set(nested.name, { name: nested.name, fields });
      } else if (nested instanceof protobuf.Enum) {
        const values = Object.entries(nested.values).map(([name, id]) => ({ name, id }));
        enums.set(nested.name, { name: nested.name, values });
      }
      if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) visit(nested);
    }
  };
  for (const file of readdirSync(protoDir).filter((f) => f.endsWith(".proto"))) {
    const parsed = protobuf.parse(readFileSync(join(protoDir, file), "utf8"), { keepCase: true });
    visit(parsed.root);
  }
  return { messages, enums };
}

const { messages, enums } = readProtos();

/** Identifiers written as code in the document: inline `code` spans and fenced blocks. */
function codeIdentifiers(text: string): Set<string> {
  const code: string[] = [];
  const prose = text.replace(/```[\s\S]*?```/g, (block) => {
    code.push(block);
    return "";
  });
  for (const span of prose.matchAll(/`([^`\n]+)`/g)) code.push(span[1]!);
  return new Set(code.join("\n").match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}

/** The document's `## ` sections, by the number that starts their title ("11" for "## 11. Errors"). */
function section(number: string): string {
  const start = doc.indexOf(`\n## ${number}. `);
  if (start < 0) throw new Error(`docs/protocol.md has no section ${number}`);
  const end = doc.indexOf("\n## ", start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** Table rows of `text` that start with `| <number> | \`<name>\``, as number → name. */
function numberedRows(text: string, name: RegExp): Map<number, string> {
  const rows = new Map<number, string>();
  const pattern = new RegExp(`^\\| (\\d+) \\| \`(${name.source})\` \\|`, "gm");
  for (const row of text.matchAll(pattern)) {
    const id = Number(row[1]);
    if (rows.has(id)) throw new Error(`two rows for ${id}: ${rows.get(id)} and ${row[2]}`);
    rows.set(id, row[2]!);
  }
  return rows;
}

/** UPPER_SNAKE prefix of an enum's values: ErrorCode → ERROR_CODE_. */
function enumPrefix(name: string): string {
  return `${name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}_`;
}

function message(name: string): Message {
  const found = messages.get(name);
  if (!found) throw new Error(`no message ${name} in the .proto files`);
  return found;
}

describe("docs/protocol.md", () => {
  const named = codeIdentifiers(doc);

  it("reads the .proto files (a guard: the checks below would pass vacuously on nothing)", () => {
    expect(message("Envelope").fields.length).toBeGreaterThan(50);
    expect(enums.get("ErrorCode")?.values.length).toBeGreaterThan(20);
  });

  it("names every message and every field of the .proto files as code", () => {
    const missing: string[] = [];
    for (const { name, fields } of messages.values()) {
      if (!named.has(name)) missing.push(name);
      for (const field of fields) if (!named.has(field.name)) missing.push(`${name}.${field.name}`);
    }
    expect(missing, "document these in docs/protocol.md").toEqual([]);
  });

  it("names every enum and every enum value, in full or without its type prefix", () => {
    const missing: string[] = [];
    for (const { name, values } of enums.values()) {
      if (!named.has(name)) missing.push(name);
      const prefix = enumPrefix(name);
      for (const value of values) {
        const short = value.name.startsWith(prefix) ? value.name.slice(prefix.length) : value.name;
        if (!named.has(value.name) && !named.has(short)) missing.push(value.name);
      }
    }
    expect(missing, "document these in docs/protocol.md").toEqual([]);
  });

  it("lists every Envelope kind in 4.2 with its number, tag bytes, field and message", () => {
    const rows = new Map<number, { tag: string; field: string; type: string }>();
    const pattern = /^\| (\d+) \| `([0-9a-f ]+)` \| `(\w+)` \| `(\w+)` \|/gm;
    for (const row of section("4").matchAll(pattern)) {
      rows.set(Number(row[1]), { tag: row[2]!, field: row[3]!, type: row[4]! });
    }
    const expected = new Map<number, { tag: string; field: string; type: string }>();
    for (const field of message("Envelope").fields) {
      if (field.name === "request_id") continue;
      const tag = Buffer.alloc(4);
      let value = (field.id << 3) | 2;
      let length = 0;
      while (value >= 0x80) {
        tag[length++] = (value & 0x7f) | 0x80;
        value >>>= 7;
      }
      tag[length++] = value;
      const hex = [...tag.subarray(0, length)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
      expected.set(field.id, { tag: hex, field: field.name, type: field.type });
    }
    expect(rows).toEqual(expected);
  });

  it("lists every ErrorCode in section 11 with its number", () => {
    const prefix = enumPrefix("ErrorCode");
    const expected = new Map(enums.get("ErrorCode")!.values.map((v) => [v.id, v.name.slice(prefix.length)]));
    expect(numberedRows(section("11"), /[A-Z_]+/)).toEqual(expected);
  });

  it("lists every Limits field in section 12 with its number", () => {
    const expected = new Map(message("Limits").fields.map((f) => [f.id, f.name]));
    expect(numberedRows(section("12"), /[a-z_]+/)).toEqual(expected);
  });

  it("lists every ChatMessage field in section 8 with its number", () => {
    const expected = new Map(message("ChatMessage").fields.map((f) => [f.id, f.name]));
    expect(numberedRows(section("8"), /[a-z_]+/)).toEqual(expected);
  });

  it("links only to headings that exist", () => {
    // GitHub's anchors: lower case, punctuation dropped, each space a hyphen.
    const anchors = new Set(
      [...doc.matchAll(/^#{1,6} (.+)$/gm)].map((h) =>
        h[1]!
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, "")
          .replace(/ /g, "-"),
      ),
    );
    const broken = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((l) => l[1]!).filter((a) => !anchors.has(a));
    expect(broken).toEqual([]);
  });
});
