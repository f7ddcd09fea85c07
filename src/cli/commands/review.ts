import type { Command } from 'commander';

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter review is not built yet');
    });
}
