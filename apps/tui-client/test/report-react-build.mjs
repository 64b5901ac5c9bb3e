// Test instrumentation, loaded with node --import: when the process exits, writes the React
// modules it actually ran (development or production builds) to $PARLEY_REACT_BUILD_REPORT.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
process.on("exit", () => {
  // Importing CommonJS from ESM lists both builds in the cache while parsing their exports; only
  // the one that ran is marked loaded.
  const ran = Object.entries(require.cache)
    .filter(([path, module]) => module?.loaded && /[\\/]cjs[\\/]/.test(path) && /react|scheduler/.test(path))
    .map(([path]) => path.split(/node_modules[\\/]/).pop());
  writeFileSync(process.env.PARLEY_REACT_BUILD_REPORT, `${ran.join("\n")}\n`);
});
