import type { Command } from 'commander';

export function registerQueues(program: Command): void {
  program
    .command('queues')
    .description('(not built yet)')
    .action(() => {
      throw new Error('drafter queues is not built yet');
    });
}
