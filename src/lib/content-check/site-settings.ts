import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { siteSchema, type SiteSettings } from '../../schemas/site.ts';
import { headlineFigure } from '../datasets/headlines.ts';
import { loadDatasets } from '../datasets/load.ts';
import { SITE_SETTINGS_FILE } from '../site/load-settings.ts';
import { missingSettings } from '../site/missing-settings.ts';
import { parseDataFile } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { validate } from './schema-problems.ts';

/**
 * Checks the site settings (content/site.yaml) against their schema, checks that the
 * 党政机关网站标识 image named there exists, and adds ONE warning listing what a government
 * website must show and the settings still lack (or that the codes are samples).
 * A content folder without the file (a test fixture) is not checked.
 */
export function checkSiteSettings(root: string, base: string): Problem[] {
  const absolute = path.join(base, SITE_SETTINGS_FILE);
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const top = { file, line: 1, column: 1, field: '' };
  // A folder without settings (a test fixture holding only what its test needs) builds as an
  // unnamed site with an empty footer; content/ itself always has the file.
  if (!existsSync(absolute)) return [];
  const parsed = parseDataFile(readFileSync(absolute, 'utf8'));
  if (parsed.syntaxError) return [{ ...top, ...parsed.syntaxError, severity: 'error' }];
  const result = validate(file, parsed, siteSchema);
  if (!result.data) return result.problems;
  const settings = result.data as SiteSettings;
  const problems: Problem[] = [...result.problems];
  const image = settings.conac.image;
  if (image !== '' && !existsSync(path.join(base, image))) {
    problems.push({
      file,
      ...parsed.locate(['conac', 'image']),
      field: 'conac.image',
      label: '标识图片',
      message: `找不到党政机关网站标识图片 ${path.posix.join(path.relative(root, base).split(path.sep).join('/'), image)}：请把编办发放的标识图片保存到这里，或改正路径。`,
      severity: 'error',
    });
  }
  if (settings.headlines.length > 0) {
    // A dataset file that fails its schema is reported by the dataset rules; here it only means no figure can be read.
    let datasets: ReturnType<typeof loadDatasets> = [];
    try {
      datasets = existsSync(path.join(base, 'datasets')) ? loadDatasets(path.join(base, 'datasets')) : [];
    } catch {
      datasets = [];
    }
    settings.headlines.forEach((spec, i) => {
      const result = headlineFigure(spec, datasets);
      if ('problem' in result) {
        problems.push({ file, ...parsed.locate(['headlines', i]), field: `headlines.${i}`, label: '首页重点数据', message: result.problem, severity: 'error' });
      }
    });
  }
  const missing = missingSettings(settings);
  const notes = [
    missing.length > 0 &&
      `政府网站页面底部还须展示以下各项，尚未填写（页面暂不显示）：${missing.map((m) => `${m.label}（${m.field}）`).join('、')}。`,
    settings.sample && '本文件标为示例（sample: true）：页面上的各项编码是占位示例，并标注“示例”；正式上线前须换成本单位的真实编码并删去 sample。',
  ].filter((n): n is string => typeof n === 'string');
  if (notes.length > 0) problems.push({ ...top, message: `${notes.join('')}各项的含义和取得途径见 docs/editor-guide.md“网站设置”一节。`, severity: 'warning' });
  return problems;
}
