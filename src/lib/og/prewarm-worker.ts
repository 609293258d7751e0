/**
 * A worker thread that renders Open Graph images into the PNG cache, one at a time, in the
 * order given (src/integrations/png-cache.ts starts it). Its own thread, so it keeps going
 * while Astro's main thread is busy; the endpoint finds the images already in the cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ogSvg } from './og-svg.ts';
import type { OgPage } from './pages.ts';
import { svgToPngCached } from '../png/svg-to-png.ts';

for (const page of workerData as OgPage[]) await svgToPngCached(ogSvg(page), 1);
parentPort?.postMessage('done');
