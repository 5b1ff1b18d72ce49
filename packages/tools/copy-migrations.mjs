#!/usr/bin/env node
// tsc compiles the sandbox's TypeScript but leaves its SQL migrations behind; copy them into dist.
import { cpSync } from 'node:fs';

cpSync('src/store/migrations', 'dist/store/migrations', { recursive: true });
