import type { BodyComponentName } from '../lib/safe-html/body-elements.ts';
import DatasetChart from './DatasetChart.astro';

/**
 * The components a body may place (<DatasetChart id="…" />), for every page that renders a
 * body: `<Content components={bodyComponents} />`. The names are BODY_COMPONENTS's
 * (src/lib/safe-html/body-elements.ts), which the content check accepts; a name in one list
 * and not the other does not type-check, and tests/lib/body-components.test.ts holds every
 * page that renders a body to this list.
 */
export const bodyComponents: Record<BodyComponentName, unknown> = { DatasetChart };
