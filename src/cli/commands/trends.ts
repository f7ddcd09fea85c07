import type { Command } from 'commander';

export function registerTrends(program: Command): void {
  program
    .command('trends')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter trends is not built yet');
    });
}
