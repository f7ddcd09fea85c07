import { z } from 'zod';
import { Framework } from './framework.js';
import { Report } from './report.js';

/** What `drafter parse` prints and what the corpus stores: a report or a framework, split on `kind`. */
export const ParsedDocument = z.discriminatedUnion('kind', [Report, Framework]);
export type ParsedDocument = z.infer<typeof ParsedDocument>;
