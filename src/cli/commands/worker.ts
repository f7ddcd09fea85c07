import type { Command } from 'commander';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter worker is not built yet');
    });
}
