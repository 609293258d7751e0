/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the bulletin page: the referenced items to show before each article (by anchor). */
    /** Set by the bulletin page: the issue's articles by anchor (their pages, sources and sample flags). */
    bulletinArticles?: Record<string, import('./lib/bulletins/articles.ts').IssueArticle>;
    bulletinRefsBefore?: Record<string, import('./lib/bulletins/bulletins.ts').ContentsItem<{ ref: import('./lib/refs/resolve-ref.ts').ResolvedRef; note?: string }>[]>;
  }
}
