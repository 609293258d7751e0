/**
 * Issue 22, point 4: one 发文字号 written two ways is one number. Invisible characters are
 * refused in 发文字号, titles and ids; duplicates are found on a normalised key (invisible
 * characters removed, widths folded, traditional → simplified with OpenCC); a traditional form
 * is told which characters to change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources, type SourceFile } from '../../src/lib/content-check/check-content.ts';
import { root } from '../helpers/paths.ts';

const realFile = 'content/notices/yue-jingxin-yuanqu-2012-68.mdx';
const real = readFileSync(path.join(root, realFile), 'utf8');
const docNumber = /^docNumber: (.+)$/mu.exec(real)![1]!;
const notice = (name: string, source: string): SourceFile => ({ collection: 'notices', file: `content/notices/${name}`, relative: name, source });
const copy = (written: string, name = 'copy.mdx') => notice(name, real.replace(/^docNumber: .+$/mu, `docNumber: ${written}`));
const errors = (files: SourceFile[]) => checkSources(root, files).filter((p) => p.severity === 'error');

describe('a 发文字号 written another way', () => {
  it.each([
    ['with a zero-width space', docNumber.replace('〔', '\u200B〔')],
    ['with a byte order mark', `\uFEFF${docNumber}`],
    ['in traditional characters', docNumber.replace('粤经信园区', '粵經信園區')],
    ['with full-width digits', docNumber.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
  ])('%s is found to be the same number as the circular that has it', (_name, written) => {
    const problems = errors([notice('yue-jingxin-yuanqu-2012-68.mdx', real), copy(written)]);
    expect(problems.filter((p) => p.file === realFile && p.field === 'docNumber').map((p) => p.message)).toEqual([expect.stringContaining('content/notices/copy.mdx')]);
  });

  it('an invisible character is named, with where it stands, and 改为 the number without it', () => {
    const [problem] = errors([copy(docNumber.replace('〔', '\u200B〔'))]).filter((p) => p.field === 'docNumber');
    expect(problem!.message).toContain('U+200B 零宽空格');
    expect(problem!.suggestion).toBe(docNumber);
  });

  it('a traditional form is told which characters to change', () => {
    const [problem] = errors([copy(docNumber.replace('粤经信园区', '粵經信園區'))]).filter((p) => p.field === 'docNumber');
    expect(problem!.message).toContain('粵→粤、經→经、園→园、區→区');
    expect(problem!.suggestion).toBe(docNumber);
  });
});

describe('invisible characters elsewhere', () => {
  it('in a title: an error with 改为 the title without it', () => {
    const title = /^title: (.+)$/mu.exec(real)![1]!;
    const problems = errors([notice('yue-jingxin-yuanqu-2012-68.mdx', real.replace(/^title: .+$/mu, `title: ${title.slice(0, 2)}\u200D${title.slice(2)}`))]);
    expect(problems).toMatchObject([{ field: 'title', suggestion: title }]);
    expect(problems[0]!.message).toContain('U+200D 零宽连字');
  });

  it('in a file name (the id): an error naming it', () => {
    const problems = errors([notice('yue-jingxin\u200B-yuanqu-2012-68.mdx', real)]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('看不见的字符（U+200B 零宽空格）')]);
  });
});
