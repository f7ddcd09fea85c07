import type { Command } from 'commander';

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter generate is not built yet');
    });
}
