import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter eval is not built yet');
    });
}
