#!/usr/bin/env node
// The `cutover` command: runs the compiled command line (npm ci / npm run build make dist/).
import { main } from "../dist/scenarios/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
