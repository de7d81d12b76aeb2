#!/usr/bin/env node
// The `pivot` command: registers tsx so the TypeScript sources run as they are, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./pivot-main.ts');
