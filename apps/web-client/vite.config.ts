// Vite: builds the page into dist/, the static files parley-server serves at `/` (its webRoot).
// Workspace packages are bundled from their TypeScript sources, so no other package needs a build.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  resolve: { conditions: ["source", "browser", "module", "import", "default"] },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // One small script and one stylesheet: nothing is loaded after the first paint.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // The generated protocol classes are most of the script (about 120 KiB of its 130 gzipped).
    chunkSizeWarningLimit: 600,
  },
});
