#!/usr/bin/env -S node --max-old-space-size=512 --max-semi-space-size=2
// Installed command: runs the built client (pnpm build) under its heap settings (src/heap-flags.ts),
// given here so that running this file needs no second process; `node bin/parley.js` relaunches.
import "../dist/launch.js";
