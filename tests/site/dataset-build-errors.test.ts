import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtures } from '../helpers/paths.ts';

describe('a build over datasets whose figures their source does not state', () => {
  const result = runBuild({ CONTENT_DIR: path.join(fixtures, 'broken-datasets') });
  const blocks = result.output.split('\n\n').filter((b) => b.includes('✖ 错误'));
  const block = (file: string) => blocks.filter((b) => b.includes(`${file}:`));

  it('fails, reporting each problem once', () => {
    expect(result.status).not.toBe(0);
    expect(blocks).toHaveLength(3);
  });

  it('names the dataset, the value and the source document of a changed number', () => {
    const [text] = block('broken-datasets/datasets/changed-number.yaml');
    expect(text).toContain('字段：rows.0.cite.actual（原文短语）');
    expect(text).toContain('第1行“2011年实际”的数值 3468.5亿元');
    expect(text).toContain('粤经信园区〔2012〕68号');
    expect(text).toContain('“工业总产值3468.31亿元”中没有这个数值');
  });

  it('names the row and column of a bad cell', () => {
    const [text] = block('broken-datasets/datasets/bad-cell.yaml');
    expect(text).toMatch(/bad-cell\.yaml:\d+:\d+/u);
    expect(text).toContain('字段：rows.1.target');
    expect(text).toContain('第2行“年初确定的全年目标”（target）应为数字（单位：亿元），这里是 "130亿元"');
  });

  it('names an unknown dataset placed in an article', () => {
    const [text] = block('broken-datasets/notices/unknown-chart.mdx');
    expect(text).toMatch(/unknown-chart\.mdx:14:1/u);
    expect(text).toContain('<DatasetChart id="no-such-dataset" /> 引用的数据集不存在');
  });
});
