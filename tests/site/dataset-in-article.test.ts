import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READING_SCRIPT } from '../../src/lib/safe-html/page-violations.ts';
import { runBuild } from '../helpers/build.ts';
import { fixtures } from '../helpers/paths.ts';
import { readPage } from '../helpers/site.ts';

describe('an article that places a dataset chart by id', () => {
  const result = runBuild({ CONTENT_DIR: path.join(fixtures, 'dataset-in-article') });

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('shows the chart as an accessible image and the table of values, linking to the data page, without JavaScript', () => {
    const $ = readPage('/notices/sample-with-chart/', result.outDir);
    const figure = $('.doc-body figure.dataset-figure');
    expect(figure.find('svg.chart-wide[role="img"] title').text()).toBe('转出、淘汰关停和新引进企业的数量与平均投资额');
    expect(figure.find('tbody tr').length).toBe(3);
    expect(figure.find('td').text()).toContain('72,200');
    expect(figure.find('a[href="/data/firms-2011/"]').length).toBe(1);
    // JSON-LD data blocks and the site's reading script aside, no script: the chart needs none.
    expect($('script:not([type="application/ld+json"])').filter((_, el) => !READING_SCRIPT.test($(el).attr('src') ?? '')).length).toBe(0);
  });
});
