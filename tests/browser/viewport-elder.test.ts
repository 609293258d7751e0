/**
 * The viewport suite (tests/helpers/viewport-suite.ts) in the elder-friendly reading mode (特大 text
 * and high contrast, as a reader sets them), over the real and the generated site; a file of its own
 * so that it runs beside the standard mode's (tests/browser/viewport.test.ts).
 */
import { sites } from '../helpers/sites.ts';
import { viewportSuite } from '../helpers/viewport-suite.ts';

viewportSuite(sites(), 'elder');
