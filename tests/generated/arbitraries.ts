/**
 * Arbitraries (fast-check) of valid content, one beside each schema of src/schemas/, all in
 * this file. tests/lib/generated-content.test.ts holds them to the schemas: every value they
 * make parses, and every field of every schema is made both present and (when optional)
 * absent. A schema gains a field → add it to that schema's arbitrary here (tests/README.md).
 *
 * Values that point at other entries (a park's quote from a circular, a case's city…) are
 * made from a `World`: what the site already holds (reference ids, circulars and their
 * bodies). tests/generated/site.ts builds the world and writes the files.
 */
import fc from 'fast-check';
import GithubSlugger from 'github-slugger';
import { formatChineseDate } from '../../src/lib/text/chinese-date.ts';

// ---------------------------------------------------------------------------------------
// Chinese text as documents write it
// ---------------------------------------------------------------------------------------

// No 一二三…十 here: a heading starting “（一一）” would be a numbered heading by accident (numbered headings come from `headingText`).
const HANZI = '关于进推进产业转移和劳动力转移工作的通知意见办法方案要点省市县区镇园区企业工业经济信息化发展改革财政人力资源社会保障部门单位领导小组办公室加快建设项目资金扶持政策落实考核评价培训就业转移承接合作共建优化结构升级创新服务管理规划实施推动开展完善机制体系重点任务目标责任督促协调汇报总结宣传典型经验做法成效增长投资税收产值亿元万家个';

/** 2–10 Chinese characters. */
export const word = fc.array(fc.constantFrom(...HANZI), { minLength: 2, maxLength: 10 }).map((cs) => cs.join(''));

/** A piece of a sentence: words, quoted terms, titles, brackets, numbers and long digit runs. */
const piece = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 2, arbitrary: word.map((w) => `“${w}”`) },
  { weight: 1, arbitrary: word.map((w) => `《${w}》`) },
  { weight: 1, arbitrary: word.map((w) => `（${w}）`) },
  { weight: 1, arbitrary: word.map((w) => `(${w})`) },
  { weight: 1, arbitrary: fc.integer({ min: 2000, max: 2030 }).map((y) => `〔${y}〕`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `“${a}‘${b}’”`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `《${a}（${b}）》`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 99_999 }).map(String) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9]\d{15,40}$/u) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}.${b}%`) },
);

/** A run of pieces joined by 、 ， ； or nothing. */
const clause = fc
  .array(fc.tuple(piece, fc.constantFrom('', '', '、', '，', '；', '：')), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([p, sep], i) => (i === parts.length - 1 ? p : p + sep)).join(''));

/** One sentence, ending in 。！ or ？. */
export const sentence = fc.tuple(clause, fc.constantFrom('。', '。', '。', '！', '？')).map(([c, end]) => c + end);

/** A line of text (a title, a name, a note): one clause, no final stop. */
export const line = clause;

/** A paragraph of one to four sentences. */
export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));

/** A heading as documents write them: numbered or not, with quotes and brackets. */
export const headingText = fc.oneof(
  line,
  fc.tuple(fc.constantFrom('一', '二', '三', '四', '五'), line).map(([n, l]) => `${n}、${l}`),
  word.map((w) => `推进“${w}”工作`),
);

/** The ids GitHub's slugger (and Astro) give headings. */
export const slug = (text: string) => new GithubSlugger().slug(text);

// ---------------------------------------------------------------------------------------
// Values shared by many schemas
// ---------------------------------------------------------------------------------------

/** An id as the guide asks: lower-case letters and digits, single hyphens. */
export const id = fc
  .array(fc.stringMatching(/^[a-z][a-z0-9]{1,7}$/u), { minLength: 2, maxLength: 4 })
  .map((parts) => `gen-${parts.join('-')}`);

/** 机关代字 of many agencies, provincial, municipal and national. */
const agencyCode = fc.constantFrom(
  '粤经信园区', '粤府', '粤府办', '粤府函', '粤办发', '粤发改产业', '粤财工', '粤人社发', '粤人社函', '粤科函产字',
  '国发', '国办发', '工信部产业', '汕府办', '韶经信', '清府函', '河府', '梅市府办', '湛经信', '云府办', '阳府', '潮府办发',
);

/** A year of the programme and after. */
export const year = fc.integer({ min: 2005, max: 2030 });

/** A calendar date within a year, 'YYYY-MM-DD'. */
export const dateIn = (y: number) =>
  fc.date({ min: new Date(Date.UTC(y, 0, 1)), max: new Date(Date.UTC(y, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** 发文字号 of a year: 机关代字〔年份〕序号号. */
export const docNumberOf = (y: number) => fc.tuple(agencyCode, fc.integer({ min: 1, max: 999 })).map(([a, n]) => `${a}〔${y}〕${n}号`);

/** Any valid 发文字号. */
export const docNumber = year.chain(docNumberOf);

/** A date known to the day, the month or only the year: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
export const partialDateIn = (y: number) =>
  fc.tuple(dateIn(y), fc.constantFrom(10, 10, 7, 4)).map(([d, length]) => d.slice(0, length));

/** Any partial date of the programme's years. */
export const partialDate = year.chain(partialDateIn);

/** Absent most of the time: a fact declared unknown is the exception. */
const rarely = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });

/** The copy a site holds when a fact is missing from it. */
const copyHeld = fc.constantFrom('本站所据网上转载本', '所据汇编本', '本站所据报刊转载本', '所据档案复印件');

/** An editor's reason for declaring a circular's fact unknown (unknown.*), one Chinese sentence each. */
export const unknownReason = {
  docNumber: fc.tuple(copyHeld, fc.constantFrom('缺文头，未载发文字号。', '只收正文，未载发文字号，发文机关网站亦未查到。')).map(([a, b]) => a + b),
  publishedAt: fc.tuple(copyHeld, fc.constantFrom('未载发布时间。', '未注明发布日期，原发布页面已无法访问。')).map(([a, b]) => a + b),
  signedOn: fc.tuple(copyHeld, fc.constantFrom('缺落款日期。', '落款处残缺，成文日期无从辨认。')).map(([a, b]) => a + b),
  addressees: fc.tuple(copyHeld, fc.constantFrom('删去了主送机关一行。', '缺主送机关一行。')).map(([a, b]) => a + b),
  validity: fc.constantFrom('未见发文机关公布本文件的有效性。', '发文机关未公布文件清理结果，有效性无从确定。'),
};

/** Fields of baseSchema (src/schemas/common.ts); keepAsIs is added where the body is known. */
const base = {
  title: line,
  description: fc.option(paragraph, { nil: undefined }),
  sample: fc.option(fc.boolean(), { nil: undefined }),
};

/** Drops the keys whose value is undefined (an absent optional field). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A passage of a body: a whole sentence of one of its paragraphs, chosen by an index. */
export const passageOf = (sentences: string[]) => fc.nat({ max: sentences.length - 1 }).map((i) => sentences[i]!);

/** The sentences of a body's paragraphs, as written. */
export const sentencesOf = (body: string) => body.match(/[^。！？\n]+[。！？]/gu) ?? [];

/** keepAsIs (baseSchema): a passage of the entry's body kept as issued, or none. */
const withKeepAsIs = <T extends { data: Record<string, unknown>; body: string }>(entry: T): fc.Arbitrary<T> => {
  const sentences = sentencesOf(entry.body);
  if (sentences.length === 0) return fc.constant(entry);
  return fc.option(passageOf(sentences), { nil: undefined }).map((p) => (p === undefined ? entry : { ...entry, data: { ...entry.data, keepAsIs: [p] } }));
};

// ---------------------------------------------------------------------------------------
// What generated entries may point at
// ---------------------------------------------------------------------------------------

/** A circular generated for the site, with the sentences of its body (for quotes). */
export interface GeneratedNotice {
  id: string;
  data: Record<string, unknown>;
  /** The MDX body. */
  body: string;
  /** Sentences of the body that others may quote, as written. */
  sentences: string[];
}

/** What the site holds that generated entries refer to. */
export interface World {
  cities: string[];
  themes: string[];
  parks: string[];
  notices: GeneratedNotice[];
  /** Refs (collection/id) of every entry a bulletin or compilation may list. */
  refs: string[];
  /** Entries a park may name by reference, with the sentences of their body it may quote (a bulletin's article by its anchor). */
  quotables: Quotable[];
}

/** An entry of the site that may be cited by reference, and what of it may be quoted. */
export interface Quotable {
  ref: string;
  /** For a bulletin issue: the anchor of one of its articles. */
  article?: string;
  sentences: string[];
}

// ---------------------------------------------------------------------------------------
// One arbitrary per schema
// ---------------------------------------------------------------------------------------

/** The printed form of a partial date: 2010年3月 or 二○一○年三月 (a full date in either numerals). */
const printedDate = (signedOn: string, inDigits: boolean) => {
  const [yy, mm, dd] = signedOn.split('-').map(Number);
  if (inDigits) return `${yy}年${mm === undefined ? '' : `${mm}月`}${dd === undefined ? '' : `${dd}日`}`;
  const full = formatChineseDate(`${yy}-${String(mm ?? 1).padStart(2, '0')}-${String(dd ?? 1).padStart(2, '0')}`);
  return dd !== undefined ? full : mm !== undefined ? full.replace(/月.*$/u, '月') : full.replace(/年.*$/u, '年');
};

/**
 * notices (src/schemas/notices.ts): frontmatter and body made together. `issuers` are the
 * printed forms of the site's issuing bodies (names and printedAs), which `issuer` may take.
 */
export const notice = (issuers: string[] = []): fc.Arbitrary<Omit<GeneratedNotice, 'id'>> => year.chain((y) =>
  fc
    .record({
      ...base,
      docNumber: docNumberOf(y),
      issuer: issuers.length ? fc.oneof(line, fc.constantFrom(...issuers)) : line,
      addressees: fc.array(line, { minLength: 1, maxLength: 3 }),
      signedOnFull: dateIn(y),
      signedOnLength: fc.constantFrom(10, 10, 10, 7, 4),
      signedOnPrinted: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      unknown: fc.record({
        docNumber: rarely(unknownReason.docNumber),
        publishedAt: rarely(unknownReason.publishedAt),
        signedOn: rarely(unknownReason.signedOn),
        addressees: rarely(unknownReason.addressees),
        validity: rarely(unknownReason.validity),
      }),
      publishedDays: fc.nat({ max: 40 }),
      publishedTime: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { nil: undefined }),
      printedInDigits: fc.boolean(),
      source: fc.option(line, { nil: undefined }),
      contact: fc.option(
        fc.record({ name: word, phone: fc.option(fc.stringMatching(/^0\d{2,3}-[1-9]\d{6,7}$/u), { nil: undefined }), fax: fc.option(fc.stringMatching(/^0\d{2,3}-[1-9]\d{6,7}$/u), { nil: undefined }) }),
        { nil: undefined },
      ),
      subjects: fc.option(fc.array(word, { maxLength: 3 }), { nil: undefined }),
      // An attachment is published under its heading, or known by its title only (no anchor, not in the body).
      attachmentTitles: fc.uniqueArray(fc.tuple(headingText, fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })), { maxLength: 3, selector: ([t]) => slug(t) }),
      validity: fc.option(
        fc.oneof(
          fc.record({ state: fc.constant('有效' as const), note: fc.option(line, { nil: undefined }) }),
          fc.record({ state: fc.constant('已废止' as const), replacedBy: fc.option(docNumber, { nil: undefined }), note: fc.option(line, { nil: undefined }) }),
          fc.record({ state: fc.constant('已修订' as const), replacedBy: docNumber, note: fc.option(line, { nil: undefined }) }),
        ),
        { nil: undefined },
      ),
      indexNumber: fc.option(fc.stringMatching(/^[0-9A-Z]{6,12}\/\d{4}-\d{5}$/u), { nil: undefined }),
      bodyStatus: fc.option(fc.constantFrom('全文', '摘要'), { nil: undefined }),
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
      attachmentParagraphs: fc.array(paragraph, { minLength: 1, maxLength: 2 }),
      noteCount: fc.nat({ max: 2 }),
      keepCount: fc.nat({ max: 1 }),
      noteReading: line,
      wholeTextNote: fc.option(line, { nil: undefined }),
      noteIndex: fc.nat(),
    })
    .map((g) => {
      const sentences = g.paragraphs.flatMap(sentencesOf);
      const published = new Date(Date.parse(`${g.signedOnFull}T00:00:00Z`) + g.publishedDays * 86_400_000).toISOString().slice(0, 10);
      const publishedAt = g.publishedTime ? `${published} ${String(g.publishedTime[0]).padStart(2, '0')}:${String(g.publishedTime[1]).padStart(2, '0')}` : published;
      const signedOn = g.signedOnFull.slice(0, g.signedOnLength);
      // A date known to the day is printed in the document; one known to the month or year may come from elsewhere.
      const signedOnPrinted = g.signedOnLength === 10 || g.signedOnPrinted ? printedDate(signedOn, g.printedInDigits) : undefined;
      const pick = (k: number) => sentences[(g.noteIndex + k) % sentences.length]!;
      const editorialNotes = [
        ...Array.from({ length: g.noteCount }, (_, k) => ({ original: pick(k), reading: g.noteReading })),
        ...(g.wholeTextNote ? [{ reading: g.wholeTextNote }] : []),
      ];
      const keepAsIs = Array.from({ length: g.keepCount }, (_, k) => pick(k + 1));
      const body = [
        ...g.paragraphs,
        ...g.attachmentTitles.flatMap(([t, inBody]) => (inBody ? [`## ${t}`, ...g.attachmentParagraphs] : [])),
      ].join('\n\n');
      // A fact declared unknown is left out of the frontmatter.
      const unknown = compact(g.unknown);
      const known = <T>(field: keyof typeof g.unknown, value: T) => (g.unknown[field] === undefined ? value : undefined);
      const data = compact({
        title: g.title,
        description: g.description,
        sample: g.sample,
        keepAsIs: keepAsIs.length ? keepAsIs : undefined,
        docNumber: known('docNumber', g.docNumber),
        issuer: g.issuer,
        addressees: known('addressees', g.addressees),
        signedOn: known('signedOn', signedOn),
        signedOnPrinted: known('signedOn', signedOnPrinted),
        publishedAt: known('publishedAt', publishedAt),
        unknown: Object.keys(unknown).length ? unknown : undefined,
        source: g.source,
        contact: g.contact && compact(g.contact),
        subjects: g.subjects,
        attachments: g.attachmentTitles.length ? g.attachmentTitles.map(([title, inBody]) => (inBody ? { title, anchor: slug(title) } : { title })) : undefined,
        validity: known('validity', g.validity && compact(g.validity)),
        indexNumber: g.indexNumber,
        bodyStatus: g.bodyStatus,
        editorialNotes: editorialNotes.length ? editorialNotes : undefined,
      });
      return { data, body: `${body}\n`, sentences };
    }),
);

/** The world's circulars that have a 发文字号 (others cite them by it). */
const numbered = (world: World) => world.notices.filter((n) => n.data.docNumber !== undefined);

/** A quote from one of the world's numbered circulars: its 发文字号 and a sentence of its body. */
const quoteFrom = (world: World) =>
  fc.constantFrom(...numbered(world)).chain((n) => passageOf(n.sentences).map((quote) => ({ docNumber: String(n.data.docNumber), quote, notice: n })));

/** mentionedIn.recognises: sometimes this source is the one that recognised the park. */
const recognises = fc.option(fc.boolean(), { nil: undefined });

/** Where a park is named: a circular by 发文字号, any entry by reference (a bulletin's article too), or an outside source with its date. */
const mention = (world: World) =>
  fc.oneof(
    fc.tuple(quoteFrom(world), recognises).map(([{ docNumber: d, quote }, r]) => compact({ docNumber: d, quote, recognises: r })),
    fc.constantFrom(...world.quotables).chain((q) =>
      fc
        .record({
          quote: q.sentences.length ? fc.option(passageOf(q.sentences), { nil: undefined }) : fc.constant(undefined),
          recognises,
        })
        .map(({ quote, recognises: r }) => compact({ ref: q.ref, article: q.article, quote, recognises: r })),
    ),
    fc
      .record({
        source: fc.tuple(word, fc.constantFrom('日报', '晚报', '经济报'), word).map(([a, b, c]) => `${a}${b}关于${c}的报道`),
        date: partialDate,
        quote: fc.option(sentence, { nil: undefined }),
        recognises,
      })
      .map(compact),
  );

/** parks (src/schemas/parks.ts) but its id, named by the world's circulars, entries and outside sources. */
export const park = (world: World) =>
  fc
    .record({
      name: word.map((w) => `${w}产业转移工业园`),
      aliases: fc.option(fc.uniqueArray(fc.tuple(word, fc.constantFrom('产业园', '工业园', '特别合作区')).map(([w, k]) => w + k), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      kind: fc.constantFrom('省产业转移工业园', '特别合作区', '产业转移园', '示范园区'),
      transferOut: fc.record({ city: fc.constantFrom(...world.cities), place: fc.option(word, { nil: undefined }) }).map(compact),
      host: fc.record({ city: fc.constantFrom(...world.cities), place: fc.option(word, { nil: undefined }) }).map(compact),
      mentionedIn: fc.array(mention(world), { minLength: 1, maxLength: 3 }),
    })
    .map(compact);

/** issuers (src/schemas/issuers.ts): a body's full name and the slips its documents print for it. */
export const issuer = fc
  .record({
    id,
    prefix: fc.constantFrom('广东省', '示例市', '示例县'),
    core: word,
    suffix: fc.constantFrom('委员会', '局', '厅', '办公室'),
    slips: fc.option(fc.uniqueArray(fc.constantFrom('noPrefix', 'with', 'short'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  })
  .map(({ id: issuerId, prefix, core, suffix, slips }) => {
    const name = `${prefix}${core}${suffix}`;
    const slip = { noPrefix: `${core}${suffix}`, with: `${prefix}${core}与${suffix}`, short: `${prefix}${core}${suffix === '委员会' ? '委' : `${suffix}办`}` };
    return compact({ id: issuerId, name, printedAs: slips?.map((s) => slip[s as keyof typeof slip]) });
  });

/** cases (src/schemas/cases.ts) in any city and park of the world. */
export const kase = (world: World) =>
  fc
    .record({
      ...base,
      summary: paragraph,
      city: fc.constantFrom(...world.cities),
      park: fc.option(fc.constantFrom(...world.parks), { nil: undefined }),
      themes: fc.uniqueArray(fc.constantFrom(...world.themes), { minLength: 1, maxLength: 3 }),
      year,
      batch: fc.option(fc.record({ name: year.map((y) => `${y}年先进典型`), confirmedBy: fc.option(line, { nil: undefined }) }).map(compact), { nil: undefined }),
      measures: fc.option(fc.array(sentence, { maxLength: 4 }), { nil: undefined }),
      results: fc.option(
        fc.array(fc.record({ label: word, value: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1000, noNaN: true }).map((v) => Math.round(v * 100) / 100)), unit: fc.constantFrom('家', '亿元', '%', '万人', '个'), source: line }), { maxLength: 3 }),
        { nil: undefined },
      ),
      relatedNotices: fc.option(fc.uniqueArray(fc.constantFrom(...numbered(world).map((n) => String(n.data.docNumber))), { maxLength: 2 }), { nil: undefined }),
      sources: fc.array(
        fc.oneof(
          quoteFrom(world).chain(({ docNumber: d, quote, notice: n }) =>
            fc.record({ title: fc.constant(String(n.data.title)), docNumber: fc.constant(d), quote: fc.option(fc.constant(quote), { nil: undefined }), note: fc.option(line, { nil: undefined }) }).map(compact),
          ),
          fc.record({ title: line, note: fc.option(line, { nil: undefined }) }).map(compact),
        ),
        { minLength: 1, maxLength: 2 },
      ),
      body: fc.array(paragraph, { maxLength: 3 }),
    })
    .map(({ body, ...data }) => ({ data: compact(data), body: body.join('\n\n') }))
    .chain(withKeepAsIs);

/** Days before a day, 'YYYY-MM-DD'. */
const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Where an article was first published: a newspaper or site, its date as far as known (on or
 * before the issue's day, `before`), page and address.
 */
const articleSource = (before: string) =>
  fc
    .record({
      name: fc.tuple(word, fc.constantFrom('日报', '晚报', '经济报', '信息网')).map(([w, k]) => w + k),
      date: fc.tuple(fc.nat({ max: 90 }), fc.constantFrom(10, 10, 7, 4)).map(([n, length]) => daysBefore(before, n).slice(0, length)),
      page: fc.option(fc.tuple(fc.constantFrom('第', 'A', 'B'), fc.integer({ min: 1, max: 24 })).map(([p, n]) => (p === '第' ? `第${n}版` : `${p}${n}版`)), { nil: undefined }),
      url: fc.option(fc.stringMatching(/^[1-9]\d{5,9}$/u).map((n) => `https://www.example.com/news/${n}.html`), { nil: undefined }),
    })
    .map(compact);

/** Words of an article's address (slug) as editors write them. */
const slugWord = fc.constantFrom('heyuan', 'kaohe', 'zhuanyi', 'yuanqu', 'jiuye', 'peixun', 'chengjie', 'hezuo', 'juanshouyu', '2012', '2013');

/** An article of a bulletin issue: its anchor and the sentences of its text, which parks may quote. */
export interface GeneratedArticle {
  article: string;
  sentences: string[];
}

/** bulletins (src/schemas/bulletins.ts): articles in the body and references, in any order. */
export const bulletin = (world: World) =>
  fc.tuple(year.chain(dateIn), fc.boolean()).chain(([day, byMonth]) =>
    fc
      .record({
        ...base,
        // 专刊 are dated by the day or, by issue and month, the month.
        date: fc.constant(byMonth ? day.slice(0, 7) : day),
        number: fc.integer({ min: 1, max: 12 }),
        editor: line,
        items: fc.array(
          fc.oneof(
            fc.record({
              heading: headingText,
              author: fc.option(line, { nil: undefined }),
              slug: fc.option(fc.uniqueArray(slugWord, { minLength: 1, maxLength: 3 }).map((ws) => ws.join('-')), { nil: undefined }),
              sample: fc.option(fc.boolean(), { nil: undefined }),
              source: fc.option(articleSource(day), { nil: undefined }),
              text: fc.array(paragraph, { minLength: 1, maxLength: 2 }),
            }),
            fc.record({ ref: fc.constantFrom(...world.refs), note: fc.option(line, { nil: undefined }) }).map(compact),
          ),
          { minLength: 1, maxLength: 5 },
        ),
      })
      .map(({ items, ...data }) => {
        // Articles' headings must differ by their anchors (the slugger numbers repeats: -1, -2…).
        const slugger = new GithubSlugger();
        const body: string[] = [];
        const articles: GeneratedArticle[] = [];
        // Addresses (slug, else the anchor) are unique within an issue: a repeated slug gets the item's number.
        const addresses = new Set<string>();
        // An issue lists each entry once (the content check refuses a repeat): a repeated reference is left out.
        const seenRefs = new Set<string>();
        const unique = items.filter((item) => {
          if (!('ref' in item)) return true;
          if (seenRefs.has(item.ref)) return false;
          seenRefs.add(item.ref);
          return true;
        });
        const listed = unique.map((item, i) => {
          if ('ref' in item) return item;
          const article = slugger.slug(item.heading);
          body.push(`## ${item.heading}`, ...item.text);
          articles.push({ article, sentences: item.text.flatMap(sentencesOf) });
          const itemSlug = item.slug === undefined ? undefined : addresses.has(item.slug) ? `${item.slug}-${i + 1}` : item.slug;
          addresses.add(itemSlug ?? article);
          return compact({ article, author: item.author, slug: itemSlug, sample: item.sample, source: item.source });
        });
        return { data: compact({ ...data, items: listed }), body: body.join('\n\n'), articles };
      })
      .chain(withKeepAsIs),
  );

/** compilations (src/schemas/compilations.ts) of the world's entries. */
export const compilation = (world: World) =>
  fc
    .record({
      ...base,
      date: year.chain(dateIn),
      editor: line,
      sections: fc.array(fc.record({ title: line, note: fc.option(line, { nil: undefined }), documents: fc.uniqueArray(fc.constantFrom(...world.refs), { minLength: 1, maxLength: 3 }) }).map(compact), { minLength: 1, maxLength: 3 }),
      body: fc.array(paragraph, { minLength: 1, maxLength: 2 }),
    })
    .map(({ body, ...data }) => ({ data: compact(data), body: body.join('\n\n') }))
    .chain(withKeepAsIs);

/** documents (src/schemas/documents.ts): the register, citing passages of the world's circulars. */
export const policyDocument = (world: World) =>
  fc
    .record({
      ...base,
      aliases: fc.option(fc.array(line, { maxLength: 2 }), { nil: undefined }),
      // Each of 发文字号 and 制发单位 given, left out, or declared unknown with a reason (never both).
      docNumber: fc.oneof(docNumber, fc.constant(undefined), fc.constantFrom('引用原文只称其标题，本站未查到原件。', '引用原文未载发文字号，发文机关网站亦未查到。').map((why) => ({ why }))),
      issuedBy: fc.oneof(line, fc.constant(undefined), fc.constantFrom('引用原文未说明由谁制发，本站未查到原件。', '引用原文只称“省有关部门”，未指明制发单位。').map((why) => ({ why }))),
      status: fc.option(line, { nil: undefined }),
      fullText: fc.option(fc.constantFrom(...world.notices.map((n) => `notices/${n.id}`)), { nil: undefined }),
      citations: fc.array(
        fc.constantFrom(...world.notices).chain((n) => passageOf(n.sentences).map((passage) => ({ in: `notices/${n.id}`, passage }))),
        { minLength: 1, maxLength: 2 },
      ),
    })
    .map(({ docNumber: d, issuedBy, ...rest }) => {
      const unknown = compact({ docNumber: typeof d === 'object' ? d.why : undefined, issuedBy: typeof issuedBy === 'object' ? issuedBy.why : undefined });
      return compact({
        ...rest,
        docNumber: typeof d === 'string' ? d : undefined,
        issuedBy: typeof issuedBy === 'string' ? issuedBy : undefined,
        unknown: Object.keys(unknown).length ? unknown : undefined,
      });
    });

/** A figure of a dataset and the phrase of its source that states it. */
export interface Figure {
  value: number;
  phrase: string;
}

/** The fields every generated dataset has, whatever its table. */
const datasetBase = (world: World) => ({
  ...base,
  source: fc.constantFrom(...world.notices),
  byId: fc.boolean(),
  period: year.map((y) => `${y}年`),
  licence: line,
  updated: year.chain(dateIn),
  notes: fc.option(fc.array(sentence, { maxLength: 2 }), { nil: undefined }),
});

/** A generated dataset's own fields, from its draw: the source by 发文字号, or by file name when the circular has none (or sometimes anyway). */
function datasetFrame(g: { title: string; description?: string; sample?: boolean; period: string; source: GeneratedNotice; byId: boolean; licence: string; updated: string; notes?: string[] }) {
  return {
    title: g.title,
    description: g.description,
    sample: g.sample,
    period: g.period,
    source: g.source.data.docNumber === undefined || g.byId ? g.source.id : String(g.source.data.docNumber),
    licence: g.licence,
    updated: g.updated,
    notes: g.notes,
  };
}

/**
 * datasets (src/schemas/datasets.ts): a table of figures with decimals, or a timeline of tasks
 * (the key-tasks form). The phrases that state the values are returned too; the site writes
 * them into the source circular's body.
 */
export const dataset = (world: World) => fc.oneof({ arbitrary: figuresDataset(world), weight: 3 }, { arbitrary: timelineDataset(world), weight: 1 });

/**
 * A timeline: tasks with their months as numbers (开始月份, 结束月份) where the source gives a
 * range such as “3-7”, which stays in the cited phrase (a CSV cell 3-7 is a date in a spreadsheet),
 * or the source's words (全年, 按省工作安排) in a text column with the months left empty.
 */
const timelineDataset = (world: World) =>
  fc
    .record({
      ...datasetBase(world),
      tasks: fc.uniqueArray(
        fc.record({
          task: word,
          months: fc.oneof(
            fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
            fc.constantFrom('全年', '按省工作安排', '按工作进度'),
          ),
        }),
        { minLength: 1, maxLength: 6, selector: (t) => t.task },
      ),
      chart: fc.option(fc.record({ title: line, finding: sentence }), { nil: undefined }),
    })
    .map((g) => {
      const figures: string[] = [];
      const rows = g.tasks.map((t, i) => {
        const printed = typeof t.months === 'string' ? t.months : `${t.months[0]}-${t.months[1]}`;
        const phrase = `${t.task}工作安排在${printed}`;
        figures.push(phrase);
        return typeof t.months === 'string'
          ? { seq: i + 1, task: t.task, schedule: t.months, cite: { schedule: phrase } }
          : { seq: i + 1, task: t.task, startMonth: t.months[0], endMonth: t.months[1], cite: { startMonth: phrase, endMonth: phrase } };
      });
      const data = compact({
        ...datasetFrame(g),
        columns: [
          { key: 'seq', label: '序号', type: 'number', cited: false },
          { key: 'task', label: '工作事项', type: 'text' },
          { key: 'startMonth', label: '开始月份', type: 'number', optional: true },
          { key: 'endMonth', label: '结束月份', type: 'number', optional: true },
          { key: 'schedule', label: '进度安排', type: 'text', optional: true, cited: true },
        ],
        rows,
        chart: g.chart && !g.sample ? { kind: 'gantt', title: g.chart.title, finding: g.chart.finding, fields: { label: 'task', order: 'seq', start: 'startMonth', end: 'endMonth', schedule: 'schedule' } } : undefined,
      });
      return { data, source: g.source, figures };
    });

/** A table of figures with decimals, each stated by a phrase of the source. */
const figuresDataset = (world: World) =>
  fc
    .record({
      ...datasetBase(world),
      unit: fc.constantFrom('亿元', '%', '家', '万人', '个'),
      decimals: fc.integer({ min: 0, max: 3 }),
      statedDecimals: fc.boolean(),
      optionalColumn: fc.boolean(),
      rows: fc.uniqueArray(fc.record({ label: word, value: fc.integer({ min: 0, max: 9_999_999 }), other: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }) }), { minLength: 1, maxLength: 6, selector: (r) => r.label }),
      chart: fc.option(fc.record({ title: line, finding: sentence }), { nil: undefined }),
    })
    .map((g) => {
      const scale = 10 ** g.decimals;
      const columns = [
        { key: 'item', label: '项目', type: 'text' },
        compact({ key: 'value', label: `${g.rows[0]!.label}数`, type: 'number', unit: g.unit, decimals: g.statedDecimals ? g.decimals : undefined }),
        g.optionalColumn ? { key: 'other', label: '其他', type: 'number', unit: '个', optional: true } : undefined,
      ].filter((c) => c !== undefined);
      const figures: string[] = [];
      const rows = g.rows.map((r) => {
        const value = r.value / scale;
        const phrase = `${r.label}达到${value.toFixed(g.decimals)}${g.unit}`;
        figures.push(phrase);
        const other = g.optionalColumn ? r.other : undefined;
        const otherPhrase = other === undefined ? undefined : `${r.label}其他${other}个`;
        if (otherPhrase) figures.push(otherPhrase);
        return compact({ item: r.label, value, other, cite: compact({ value: phrase, other: otherPhrase }) });
      });
      const data = compact({
        ...datasetFrame(g),
        columns,
        rows,
        // Sample figures never enter charts (the schema refuses it).
        chart: g.chart && !g.sample ? { kind: 'bars', title: g.chart.title, finding: g.chart.finding, fields: { label: 'item', value: 'value' } } : undefined,
      });
      return { data, source: g.source, figures };
    });
