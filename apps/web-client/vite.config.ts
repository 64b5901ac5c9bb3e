// Vite: builds the page into dist/, the static files parley-server serves at `/` (its webRoot).
// Workspace packages are bundled from their TypeScript sources, so no other package needs a build.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** The protocol's classes rebuilt from the schema by reflection: a fifth of the generated code's size. */
const reflectedClasses = fileURLToPath(new URL("../../packages/protocol/src/reflection.ts", import.meta.url));

export default defineConfig({
  base: "./",
  resolve: {
    conditions: ["source", "browser", "module", "import", "default"],
    alias: [{ find: "../gen/parley.js", replacement: reflectedClasses }],
  },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // One small script and one stylesheet: nothing is loaded after the first paint.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
});
