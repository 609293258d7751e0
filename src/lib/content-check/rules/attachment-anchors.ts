import GithubSlugger from 'github-slugger';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/** The ids Astro gives the Markdown headings of a body, in order (GitHub's slug rules). */
export function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/u.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/u.exec(line);
    if (m) ids.push(slugger.slug(m[1]!));
  }
  return ids;
}

/**
 * Every attachment listed in the frontmatter with an anchor must have its heading in the body;
 * one known by title only (no anchor) is listed as 未取得附件内容 and needs none.
 */
export function attachmentAnchors(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const attachments = (entry.data?.attachments ?? []) as { title: string; anchor?: string }[];
    if (attachments.length === 0) continue;
    const ids = new Set(headingIds(entry.parsed.body));
    attachments.forEach((attachment, i) => {
      if (attachment.anchor === undefined || ids.has(attachment.anchor)) return;
      const candidates = [...ids].filter((id) => id.includes(attachment.title) || attachment.title.includes(id));
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(['attachments', i, 'anchor']),
        field: `attachments.${i}.anchor`,
        label: '附件锚点',
        message: `正文中没有锚点为“${attachment.anchor}”的标题。附件须在正文中以标题（如 ## ${attachment.title}）开始；未取得附件内容、只知道标题时，删去 anchor 一行，页面会注明“未取得附件内容”。`,
        suggestion: candidates[0],
        severity: 'error',
      });
    });
  }
  return problems;
}
