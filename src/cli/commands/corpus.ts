import type { Command } from 'commander';

export function registerCorpus(program: Command): void {
  program
    .command('corpus')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter corpus is not built yet');
    });
}
