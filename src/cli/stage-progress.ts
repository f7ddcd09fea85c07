import cliProgress from 'cli-progress';
import type { StageContext } from '../pipeline/context.js';

/**
 * A progress bar for one stage call on a terminal (stderr), fed by the stage's onProgress, in-process
 * or from queue workers alike. Warnings wait until the bar is gone so they do not tear it; with no
 * terminal there is no bar and warnings print at once.
 */
export function stageProgress(stage: string, options: { quiet?: boolean } = {}): { context: StageContext; stop(): void } {
  const warn = (message: string) => process.stderr.write(`drafter: warning: ${message}\n`);
  if (!process.stderr.isTTY || options.quiet) return { context: { warn }, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${stage} [{bar}] {percentage}% {label}`, hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const held: string[] = [];
  let started = false;
  let stopped = false;
  return {
    context: {
      onProgress({ done, total, label }) {
        if (!started) bar.start(total, done, { label: label ?? '' });
        started = true;
        bar.setTotal(total);
        bar.update(done, { label: label ?? '' });
      },
      warn: (message) => held.push(message),
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (started) bar.stop();
      held.forEach(warn);
    },
  };
}
