#!/usr/bin/env node
// Installed command: runs the built entry point (pnpm build).
import "../dist/main.js";
