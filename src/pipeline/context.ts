import type { Progress } from '../schemas/index.js';

/** What a stage gets from whoever runs it (CLI in-process, or a queue worker). */
export interface StageContext {
  /** Called as work advances; workers forward it to job.updateProgress. */
  onProgress?: (progress: Progress) => void;
  /** Warnings the stage wants a person to see. Never pass note text here. */
  warn?: (message: string) => void;
}
