/**
 * A generated site: content/ plus generated entries of every type that cite each other and
 * the reference lists (tests/generated/arbitraries.ts), reproducible from a seed. The
 * global setup builds one per `npm test` with a fresh seed (printed; TEST_SEED=<seed>
 * gives the same site again), `npm run test:generated -- --runs N` builds N of them.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import YAML from 'yaml';
import * as arb from './arbitraries.ts';
import type { GeneratedNotice, Quotable, World } from './arbitraries.ts';

/** Ids of a reference list (cities.yaml…) of a content folder. */
function idsIn(contentDir: string, file: string): string[] {
  const list = YAML.parse(readFileSync(path.join(contentDir, file), 'utf8')) as { id: string }[] | null;
  return (list ?? []).map((item) => item.id);
}

/** Every printed form (name and printedAs) of the issuing bodies in a content folder. */
function issuerForms(contentDir: string): string[] {
  const file = path.join(contentDir, 'issuers.yaml');
  if (!existsSync(file)) return [];
  const list = YAML.parse(readFileSync(file, 'utf8')) as { name: string; printedAs?: string[] }[] | null;
  return (list ?? []).flatMap((i) => [i.name, ...(i.printedAs ?? [])]);
}

/** 发文字号 of the circulars already in a content folder (a generated one never repeats them). */
function existingDocNumbers(contentDir: string): Set<string> {
  const dir = path.join(contentDir, 'notices');
  if (!existsSync(dir)) return new Set();
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  return new Set(files.flatMap((f) => /^docNumber:\s*(.+)$/mu.exec(readFileSync(path.join(dir, f), 'utf8'))?.[1]?.trim() ?? []));
}

export interface GeneratedEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

/** Everything a generated site adds to content/. */
export interface GeneratedSite {
  notices: GeneratedNotice[];
  parks: Record<string, unknown>[];
  issuers: Record<string, unknown>[];
  cases: GeneratedEntry[];
  documents: GeneratedEntry[];
  bulletins: GeneratedEntry[];
  compilations: GeneratedEntry[];
  datasets: GeneratedEntry[];
}

/** Entries with unique ids (`gen-…`, so never one of content/'s). */
const withIds = <T>(entry: fc.Arbitrary<T>, minLength: number, maxLength: number) =>
  fc.uniqueArray(fc.tuple(arb.id, entry), { minLength, maxLength, selector: ([i]) => i }).map((list) => list.map(([id, value]) => ({ id, ...value })));

/** What a content folder holds that generated entries refer to, or must not repeat. */
export function givenBy(contentDir: string): Given {
  return { cities: idsIn(contentDir, 'cities.yaml'), themes: idsIn(contentDir, 'themes.yaml'), parks: idsIn(contentDir, 'parks.yaml'), issuers: issuerForms(contentDir), docNumbers: existingDocNumbers(contentDir) };
}

export interface Given {
  cities: string[];
  themes: string[];
  parks: string[];
  /** Printed forms of the issuing bodies already listed (names and printedAs). */
  issuers: string[];
  docNumbers: Set<string>;
}

/** The printed forms of issuers: each body's name and its printedAs. */
const formsOf = (issuers: Record<string, unknown>[]) => issuers.flatMap((i) => [String(i.name), ...((i.printedAs as string[] | undefined) ?? [])]);

/** The arbitrary of a whole generated site, given what the content folder already holds. */
export function siteArbitrary(given: Given): fc.Arbitrary<GeneratedSite> {
  // Issuing bodies whose names and printed forms are never another body's.
  const issuers = fc
    .uniqueArray(arb.issuer, { maxLength: 2, selector: (i) => i.id })
    .filter((list) => {
      const forms = [...given.issuers, ...formsOf(list)];
      return new Set(forms).size === forms.length;
    });
  return issuers.chain((issuers) => {
    const notices = fc
      .uniqueArray(fc.tuple(arb.id, arb.notice([...given.issuers, ...formsOf(issuers)])), {
        minLength: 1,
        maxLength: 4,
        comparator: (a, b) => a[0] === b[0] || (a[1].data.docNumber !== undefined && a[1].data.docNumber === b[1].data.docNumber),
      })
      // Others cite circulars by 发文字号: at least one has one, and none repeats content/'s.
      .filter((list) => list.some(([, n]) => n.data.docNumber !== undefined) && list.every(([, n]) => !given.docNumbers.has(String(n.data.docNumber))))
      .map((list) => list.map(([id, n]) => ({ id, ...n })));
    return fc.tuple(notices, fc.uniqueArray(arb.id, { maxLength: 2 })).chain(([notices, parkIds]) => {
      // Parks' ids come first (cases name them); what names the parks, once every entry is made.
      const world: World = { cities: given.cities, themes: given.themes, parks: [...given.parks, ...parkIds], notices, refs: [], quotables: [] };
      return fc
        .record({
          cases: withIds(arb.kase(world), 0, 3),
          documents: withIds(arb.policyDocument(world).map((data) => ({ data })), 0, 2),
        })
        .chain(({ cases, documents }) => {
          const refs = [...notices.map((n) => `notices/${n.id}`), ...cases.map((c) => `cases/${c.id}`), ...documents.map((d) => `documents/${d.id}`)];
          const cited: World = { ...world, refs };
          return fc
            .record({
              bulletins: withIds(arb.bulletin(cited), 0, 3),
              compilations: withIds(arb.compilation(cited), 0, 1),
              datasets: withIds(arb.dataset(cited), 0, 2),
            })
            .chain((rest) => {
              const quotables: Quotable[] = [
                ...notices.map((n) => ({ ref: `notices/${n.id}`, sentences: n.sentences })),
                ...cases.map((c) => ({ ref: `cases/${c.id}`, sentences: arb.sentencesOf(c.body) })),
                ...documents.map((d) => ({ ref: `documents/${d.id}`, sentences: [] })),
                ...rest.bulletins.flatMap((b) => [
                  { ref: `bulletins/${b.id}`, sentences: arb.sentencesOf(b.body) },
                  ...b.articles.map((a) => ({ ref: `bulletins/${b.id}`, article: a.article, sentences: a.sentences })),
                ]),
              ];
              const named: World = { ...cited, quotables };
              return fc.tuple(...parkIds.map((id) => arb.park(named).map((p) => ({ id, ...p })))).map((parks) => ({
                notices,
                parks,
                issuers,
                cases,
                documents,
                // 总期号 run on from content/'s issues: 1000, 1001…
                bulletins: rest.bulletins.map((b, i) => ({ id: b.id, data: { ...b.data, serial: 1000 + i }, body: b.body })),
                compilations: rest.compilations,
                datasets: rest.datasets.map((d) => {
                  // The source states every figure: its phrases go into the circular's text.
                  const source = notices.find((n) => n.id === d.source.id)!;
                  source.body += `\n${d.figures.join('，')}。\n`;
                  return { id: d.id, data: d.data };
                }),
              }));
            });
        });
    });
  });
}

/** A fresh seed for a run. */
export function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** The seed of this run: TEST_SEED when given, else a fresh one. */
export function runSeed(): number {
  const given = process.env.TEST_SEED;
  if (given === undefined || given === '') return freshSeed();
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`TEST_SEED must be an integer, not ${JSON.stringify(given)}`);
  return seed;
}

/** The generated additions for a content folder and a seed (the same seed, the same site). */
export function generateSite(contentDir: string, seed: number): GeneratedSite {
  return fc.sample(siteArbitrary(givenBy(contentDir)), { seed, numRuns: 1 })[0]!;
}

const yaml = (value: unknown) => YAML.stringify(value, { lineWidth: 0 });
const mdx = (data: Record<string, unknown>, body = '') => `---\n${yaml(data)}---\n\n${body}`;

/** Writes a generated site's entries into a content folder (a copy of content/). */
export function writeGeneratedSite(contentDir: string, site: GeneratedSite): void {
  const write = (collection: string, file: string, text: string) => {
    mkdirSync(path.join(contentDir, collection), { recursive: true });
    writeFileSync(path.join(contentDir, collection, file), text);
  };
  for (const n of site.notices) write('notices', `${n.id}.mdx`, mdx(n.data, n.body));
  if (site.parks.length) appendFileSync(path.join(contentDir, 'parks.yaml'), `\n${yaml(site.parks)}`);
  if (site.issuers.length) appendFileSync(path.join(contentDir, 'issuers.yaml'), `\n${yaml(site.issuers)}`);
  for (const c of site.cases) write('cases', `${c.id}.mdx`, mdx(c.data, c.body));
  for (const b of site.bulletins) write('bulletins', `${b.id}.mdx`, mdx(b.data, b.body));
  for (const c of site.compilations) write('compilations', `${c.id}.mdx`, mdx(c.data, c.body));
  for (const d of site.documents) write('documents', `${d.id}.yaml`, yaml(d.data));
  for (const d of site.datasets) write('datasets', `${d.id}.yaml`, yaml(d.data));
}

/** Generates and writes the site of a seed into a content folder (a copy of content/). */
export function writeGenerated(contentDir: string, seed: number): GeneratedSite {
  const site = generateSite(contentDir, seed);
  writeGeneratedSite(contentDir, site);
  return site;
}
