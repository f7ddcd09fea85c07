import type { Command } from 'commander';

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter classify is not built yet');
    });
}
