#!/usr/bin/env node
import { buildProgram } from './program.js';
import { exitWithError } from './errors-to-exit.js';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  exitWithError(error);
}
