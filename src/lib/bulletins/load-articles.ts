import { getCollection } from 'astro:content';
import { issueArticles, type IssueArticle } from './articles.ts';
import { issueLabel, sortIssues } from './bulletins.ts';

/** An article with what its page, feeds and the site map need of its issue. */
export interface LoadedArticle extends IssueArticle {
  issue: { id: string; title: string; label: string; date: string; sample: boolean; editor: string };
}

/** Every article of every issue, issues in running order, articles in contents order (the Astro-facing side of articles.ts). */
export async function loadArticles(): Promise<LoadedArticle[]> {
  const issues = sortIssues((await getCollection('bulletins')).map((e) => ({ id: e.id, ...e.data, body: e.body ?? '' })));
  return issues.flatMap((issue) =>
    issueArticles(issue.id, issue, issue.body).map((article) => ({
      ...article,
      issue: { id: issue.id, title: issue.title, label: issueLabel(issue), date: issue.date, sample: issue.sample, editor: issue.editor },
    })),
  );
}
