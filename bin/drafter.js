#!/usr/bin/env node
// natural pulls in dotenv, which otherwise prints a banner on every run.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
try {
  await import('../dist/src/cli/main.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli/main.js')) {
    process.stderr.write('drafter: not built yet; run `npm install` (or `npm run build`) in the project folder first\n');
    process.exit(1);
  }
  throw error;
}
