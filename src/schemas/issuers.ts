import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * 发文机关 (issuing bodies): the bodies whose documents the site publishes, with the other
 * forms their documents are known to print for their name (slips kept as issued). One list
 * in `content/issuers.yaml`. A circular's `issuer` is written as the document prints it;
 * a printed form listed here is recognised as the body, so lists, search filters and
 * JSON-LD use the body's name and the page notes the difference (src/lib/notices/issuers.ts).
 * A body not listed is taken as its documents print it.
 */
export const issuerSchema = z.object({
  /** Stable id, e.g. gd-jingxinwei. */
  id: z.string().regex(/^[a-z0-9-]+$/u, { message: 'id 只能用小写字母、数字和连字符，如 gd-jingxinwei。' }).describe('机关 id'),
  /** The body's full name as it is officially written, e.g. 广东省经济和信息化委员会. */
  name: text.describe('机关全称'),
  /**
   * Other forms of the name printed in its documents, exactly as printed (e.g. the slip
   * 广东省经济与信息化委员会), each recognised as this body. Never a form another body uses.
   */
  printedAs: z.array(text).default([]).describe('原件其他写法'),
});

export type Issuer = z.output<typeof issuerSchema>;
