import nodeLogger from 'astro/logger/node';
import { emptyCollectionNotes, wholePageLines, type LogDestination } from './build-log.ts';

/**
 * The project's Astro logger (astro.config.mjs `logger`): Astro's own terminal logger, with
 * each generated page on a line of its own and one Chinese note for an empty collection (see build-log.ts).
 */
export default function projectLogger(config?: { level?: 'debug' | 'info' | 'warn' | 'error' | 'silent' }): LogDestination {
  return emptyCollectionNotes(wholePageLines(nodeLogger(config) as LogDestination));
}
