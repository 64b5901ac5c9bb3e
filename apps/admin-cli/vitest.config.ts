// Vitest: workspace packages resolve to their TypeScript sources (the "source" export condition).
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 20_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
