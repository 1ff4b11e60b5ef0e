#!/usr/bin/env node
// Runs the TypeScript CLI directly (internal packages ship TS source).
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
