/**
 * Issue 22, point 2: one list of body components, passed on by every page that renders a body
 * and known to the content check, so a component the check accepts never stops the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';
import { checkCircularBody, circularSource } from '../helpers/check-body.ts';

const astroFiles = ['src/pages', 'src/components', 'src/layouts'].flatMap((dir) =>
  (readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.astro')).map((f) => path.join(dir, f)),
);

describe('every page or component that renders a body', () => {
  const rendering = astroFiles.filter((file) => /(?<![.\w])render\(/u.test(readFileSync(path.join(root, file), 'utf8')));

  it('is found', () => {
    expect(rendering).toEqual(expect.arrayContaining(['src/pages/notices/[id].astro', 'src/components/CompiledDocument.astro']));
  });

  it.each(rendering)('%s passes the body components on', (file) => {
    const source = readFileSync(path.join(root, file), 'utf8');
    // Every rendered body: <Content …/> or <FullText …/>, each given the one list.
    const uses = [...source.matchAll(/<(Content|FullText)\b([^>]*)\/>/gu)];
    expect(uses.length, file).toBeGreaterThan(0);
    for (const use of uses) expect(use[2], `${file}: <${use[1]}${use[2]}/>`).toContain('bodyComponents');
  });
});

const notice = circularSource;
const check = checkCircularBody;

describe('the check knows the list', () => {
  it.each([
    ['an unknown component', '<Iframe src="/x/" />', '没有名为 <Iframe> 的组件'],
    ['an unknown component inside text', '见 <Chart id="firms-2011" /> 。', '没有名为 <Chart> 的组件'],
    ['a chart of no dataset, written with spaces around =', '<DatasetChart id = "nope" />', '数据集不存在'],
    ['a chart without an id', '<DatasetChart />', '缺少数据集 id'],
    ['a chart whose id is an expression', '<DatasetChart id={"firms-2011"} />', '表达式'],
    ['an import of a file that does not exist', "import Missing from './no-such-component.astro';", '导入的文件“./no-such-component.astro”不存在'],
  ])('%s is an error at its line', (_name, body, message) => {
    const problems = check(body);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(message)]);
    expect(problems[0]!.line).toBe(`${notice}\n${body}`.split('\n').length);
  });

  it.each([
    ['a chart of a dataset', '<DatasetChart id="firms-2011" />'],
    ['the same with spaces around =', '<DatasetChart id = "firms-2011" />'],
  ])('%s passes', (_name, body) => {
    expect(check(body)).toEqual([]);
  });
});
