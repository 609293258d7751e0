import { describe, expect, it } from 'vitest';
import { bulletinSchema } from '../../src/schemas/bulletins.ts';
import { documentSchema } from '../../src/schemas/documents.ts';
import { collectRefs } from '../../src/lib/content-check/collect-refs.ts';
import { entryId } from '../../src/lib/content-id.ts';
import { explainUnresolved, parseRef, suggestRef } from '../../src/lib/refs/refs.ts';
import { serializeLd } from '../../src/lib/feeds/jsonld.ts';

const targets = new Map([
  ['notices', new Set(['yue-jingxin-yuanqu-2012-68'])],
  ['documents', new Set(['sanjiehe'])],
]);

describe('parseRef', () => {
  it.each([
    ['notices/yue-jingxin-yuanqu-2012-68', { collection: 'notices', id: 'yue-jingxin-yuanqu-2012-68' }],
    ['cases/2012/a', { collection: 'cases', id: '2012/a' }],
    ['notices', undefined],
    ['/x', undefined],
    ['notices/', undefined],
  ])('%s', (text, ref) => {
    expect(parseRef(text)).toEqual(ref);
  });
});

describe('explainUnresolved', () => {
  it('accepts an existing entry', () => {
    expect(explainUnresolved('notices/yue-jingxin-yuanqu-2012-68', targets)).toBeUndefined();
  });

  it.each([
    ['notices/yue-jingxin-yuanqu-2012-6', '不存在', 'notices/yue-jingxin-yuanqu-2012-68'],
    ['cases/nanhai', '集合“cases”不存在', undefined],
    ['sanjiehe', '写法不对', undefined],
  ])('explains %s', (text, fragment, suggestion) => {
    expect(explainUnresolved(text, targets)).toContain(fragment);
    expect(explainUnresolved(text, targets)).toContain(text);
    expect(suggestRef(text, targets)).toBe(suggestion);
  });
});

describe('collectRefs', () => {
  it('finds every reference field of a bulletin, in item order', () => {
    const data = bulletinSchema.parse({
      title: 't',
      number: 1,
      serial: 1,
      date: '2012-03-15',
      editor: 'e',
      items: [{ article: 'a' }, { ref: 'notices/x' }, { ref: 'documents/y', note: 'n' }],
    });
    expect(collectRefs(bulletinSchema, data).map((r) => [r.path.join('.'), r.value, r.backlink])).toEqual([
      ['items.1.ref', 'notices/x', true],
      ['items.2.ref', 'documents/y', true],
    ]);
  });

  it('marks where a register entry is cited as making no backlink', () => {
    const data = documentSchema.parse({ title: 't', citations: [{ in: 'notices/x', passage: 'p' }], fullText: 'notices/z' });
    expect(collectRefs(documentSchema, data).map((r) => [r.path.join('.'), r.backlink])).toEqual([
      ['fullText', false],
      ['citations.0.in', false],
    ]);
  });
});

describe('entryId', () => {
  it.each([
    ['yue-jingxin-yuanqu-2012-68.mdx', 'yue-jingxin-yuanqu-2012-68'],
    ['2012-01.mdx', '2012-01'],
    ['sanjiehe.yaml', 'sanjiehe'],
    ['2012/Issue One.mdx', '2012/issue-one'],
    ['2012/index.mdx', '2012'],
  ])('%s → %s', (file, id) => {
    expect(entryId(file)).toBe(id);
  });
});

describe('serializeLd', () => {
  it('cannot close its script element', () => {
    expect(serializeLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
