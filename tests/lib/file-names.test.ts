import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content-check/check-content.ts';
import { root } from '../helpers/paths.ts';
import { sampleNoticeSource } from '../helpers/sample-notice.ts';

const SOURCE = sampleNoticeSource({ title: '关于测试文件命名的通知', docNumber: '粤经信园区〔2012〕91号' });

const check = (name: string) =>
  checkSources(root, [{ collection: 'notices', file: `content/notices/${name}`, relative: name, source: SOURCE }]).filter((p) => p.message.includes('文件名'));

describe('a file name is an id: lower-case pinyin, digits and hyphens', () => {
  it.each([
    // [file name, fragment of the message, suggested name]
    ['通知 2012.mdx', '含有汉字、空格', undefined],
    ['通知.mdx', '含有汉字', undefined],
    ['Tongzhi-2012.mdx', '含有大写字母', 'tongzhi-2012.mdx'],
    ['tongzhi 2012.mdx', '含有空格', 'tongzhi-2012.mdx'],
    ['tongzhi_2012.mdx', '含有下划线', 'tongzhi-2012.mdx'],
    ['tongzhi--2012.mdx', '连续或首尾的连字符', 'tongzhi-2012.mdx'],
    ['tongzhi(2012).mdx', '标点或其他符号', undefined],
  ])('%s is an error', (name, fragment, suggestion) => {
    const problems = check(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 1, column: 1, suggestion });
    expect(problems[0]!.message).toContain(fragment);
    expect(problems[0]!.message).toContain('/notices/…/');
  });

  it.each(['yue-jingxin-yuanqu-2012-68.mdx', '2012-01.mdx', 'firms2011.mdx'])('%s passes', (name) => {
    expect(check(name)).toEqual([]);
  });
});

describe('a dataset cannot take the name of the site’s own files under /data/', () => {
  // One rule, from the routes themselves (issue 22): the page file the download would replace is named.
  it.each(['datapackage', 'catalogue'])('refuses content/datasets/%s.yaml, naming the file', (id) => {
    const problems = checkSources(root, [{ collection: 'datasets', file: `content/datasets/${id}.yaml`, relative: `${id}.yaml`, source: 'title: x\n' }]).filter((p) => p.message.includes('文件名'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(`content/datasets/${id}.yaml`);
    expect(problems[0]!.message).toContain(`src/pages/data/${id}.`);
  });
});
