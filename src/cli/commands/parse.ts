import type { Command } from 'commander';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter parse is not built yet');
    });
}
