import { articleTemplate } from './templates/article.ts';
import { bulletinTemplate } from './templates/bulletin.ts';
import { caseTemplate } from './templates/case.ts';
import { compilationTemplate } from './templates/compilation.ts';
import { datasetTemplate } from './templates/dataset.ts';
import { noticeTemplate } from './templates/notice.ts';
import type { ContentTemplate } from './types.ts';

/** Every type `npm run new -- <type>` can create, by type name. Add a type by adding its template module here. */
export const templates: Record<string, ContentTemplate> = Object.fromEntries(
  [noticeTemplate, caseTemplate, bulletinTemplate, articleTemplate, compilationTemplate, datasetTemplate].map((t) => [t.type, t]),
);
