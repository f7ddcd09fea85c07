import type { Command } from 'commander';

export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter draft is not built yet');
    });
}
