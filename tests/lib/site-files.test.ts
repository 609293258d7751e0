/**
 * Issue 22, point 5: a link or image to a file of the site resolves against public/ and the
 * files the build writes (fixed endpoints, each entry's downloads), or is an error at its line.
 */
import { describe, expect, it } from 'vitest';
import { checkCircularBody, circularSource } from '../helpers/check-body.ts';

const notice = circularSource;
const check = checkCircularBody;

describe('links and images to files', () => {
  it.each([
    ['a link to a file not in public/', '[附件](/files/x.pdf)', '文件 /files/x.pdf 不存在'],
    ['a download of a dataset that does not exist', '[数据](/data/nope.csv)', '文件 /data/nope.csv 不存在'],
    ['an image not in public/', '![图](/images/no-such.png)', '图片地址“/images/no-such.png”'],
    ['an HTML image not in public/', '<img src="/images/no-such.png" alt="图" />', '图片地址“/images/no-such.png”'],
    ['an HTML link to a missing file', '<a href="/files/y.docx">附件</a>', '文件 /files/y.docx 不存在'],
  ])('%s is an error at its line', (_name, body, message) => {
    const problems = check(body);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(message)]);
    expect(problems[0]!.line).toBe(`${notice}\n${body}`.split('\n').length);
  });

  it.each([
    ['a file in public/', '![网站图标](/favicon.svg)'],
    ['a dataset’s download', '[数据](/data/firms-2011.csv)'],
    ['a fixed endpoint', '[订阅](/rss.xml) [数据目录](/data/datapackage.json)'],
  ])('%s passes', (_name, body) => {
    expect(check(body)).toEqual([]);
  });
});
