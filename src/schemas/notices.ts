import { z } from 'astro/zod';
import { checkDocNumber } from '../lib/notices/doc-number.ts';
import { parsePartialChineseDate } from '../lib/text/chinese-date.ts';
import { invisibleMessage, withoutInvisible } from '../lib/text/invisible.ts';
import { toSimplified, traditionalCharacters } from '../lib/text/to-simplified.ts';
import { missingFactMessage } from '../lib/notices/unknown-facts.ts';
import { baseSchema, beijingDateTime, partialDate, text } from './common.ts';

/**
 * 通知公告 (circulars): official documents with the metadata of GB/T 9704-2012
 * and of the State Council's policy library. One MDX file per document in
 * `content/notices/`; its body is the text as issued, or the editors' summary where
 * `bodyStatus` says so.
 */

/**
 * 发文字号, checked for form: 机关代字〔四位年份〕序号号, in simplified characters, with no
 * invisible character (either would make one number look like another and be published twice).
 */
export const docNumberSchema = z.string().superRefine((value, ctx) => {
  const invisible = invisibleMessage(value);
  if (invisible) {
    ctx.addIssue({ code: 'custom', message: `发文字号${invisible}`, params: { suggestion: withoutInvisible(value).trim() } });
    return;
  }
  const traditional = traditionalCharacters(value);
  if (traditional.length > 0) {
    const which = traditional.map(([from, to]) => `${from}→${to}`).join('、');
    ctx.addIssue({ code: 'custom', message: `发文字号中有繁体字：${which}。本站的发文字号一律用简体字书写，与原件的简体写法一致。`, params: { suggestion: toSimplified(value).trim() } });
    return;
  }
  const result = checkDocNumber(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message, params: { suggestion: result.suggestion } });
});

/**
 * An attachment (附件) of the document, published in its body under its own heading, or
 * known by its title only (no `anchor`): then it is listed with 未取得附件内容.
 */
export const attachmentSchema = z.object({
  /** 附件标题, without 书名号, e.g. 2012年产业转移工作要点. */
  title: text.describe('附件标题'),
  /**
   * The id of the attachment's heading in the body (its anchor), e.g. 2012年产业转移工作要点.
   * Leave out when the site has the attachment's title only: it is listed as 未取得附件内容.
   */
  anchor: text.optional().describe('附件锚点'),
});

/**
 * 不详事项: facts of the document that the copy the site holds does not give, each with the
 * editor's reason (shown as an 编者注). A fact declared here is left out of the frontmatter;
 * the page says 原文未载明 (or 不详) in its place and no machine-readable description
 * (JSON-LD, RSS) carries a placeholder.
 */
export const unknownFactsSchema = z.object({
  /** Why the 发文字号 is not known, e.g. 本站所据网上转载本缺文头，未载发文字号。 */
  docNumber: text.optional().describe('发文字号不详的理由'),
  /** Why the 发布时间 is not known. */
  publishedAt: text.optional().describe('发布时间不详的理由'),
  /** Why the 成文日期 is not known (a date known to the month or year is written in signedOn instead). */
  signedOn: text.optional().describe('成文日期不详的理由'),
  /** Why the 主送机关 are not known. */
  addressees: text.optional().describe('主送机关不详的理由'),
  /** Why the 有效性 is not known. */
  validity: text.optional().describe('有效性不详的理由'),
});
export type UnknownFacts = z.output<typeof unknownFactsSchema>;

/** 有效性: whether the document is in force, and what replaced it if not. */
export const validitySchema = z
  .object({
    /** 有效 (in force), 已废止 (repealed) or 已修订 (amended). */
    state: z.enum(['有效', '已废止', '已修订'], { message: '有效性只能是 有效、已废止 或 已修订 之一。' }).describe('有效性'),
    /** 发文字号 of the document that repealed or amended this one. Required for 已修订. */
    replacedBy: docNumberSchema.optional().describe('替代文件的发文字号'),
    /** A short note on the change, e.g. the date it took effect. */
    note: text.optional().describe('有效性说明'),
  })
  .superRefine((v, ctx) => {
    if (v.state === '已修订' && !v.replacedBy) {
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: '有效性为“已修订”时，须填写修订后文件的发文字号 replacedBy。' });
    }
  });

/** Contact details printed with the document (联系人、电话、传真). */
export const contactSchema = z.object({
  /** 联系人 */
  name: text.describe('联系人'),
  /** 电话, as printed (area code optional). */
  phone: text.optional().describe('电话'),
  /** 传真, as printed. */
  fax: text.optional().describe('传真'),
});

/** A note by the site's editors on the text, shown apart from the document as 编者注. */
export const editorialNoteSchema = z.object({
  /** The passage as issued, quoted exactly; it must occur in the body. Leave out for a note on the whole text. */
  original: text.optional().describe('原文'),
  /** The corrected or explained reading. */
  reading: text.describe('更正或说明'),
});

/**
 * 正文状态, and what the site says of each: 全文 is the text as issued, copied in full;
 * 摘要 is a summary the site's editors wrote when the full text is not available.
 */
export const bodyStatuses = {
  全文: { short: '全文', claim: '本文件正文按发布原文照录。' },
  摘要: { short: '编者摘要', claim: '本站未取得文件全文，以下正文为编者摘要，不是发布原文；引用请以原件为准。' },
} as const;
export type BodyStatus = keyof typeof bodyStatuses;

export const noticeSchema = baseSchema
  .extend({
    /** 发文字号, e.g. 粤经信园区〔2012〕68号: year in hexagonal brackets 〔〕, no leading zeros. Required, unless declared unknown (unknown.docNumber). */
    docNumber: docNumberSchema.optional().describe('发文字号'),
    /**
     * 发文机关 as the document prints it (its 版头 or 落款). Required. A printed form listed under
     * a body's `printedAs` in content/issuers.yaml is recognised as that body: lists, filters and
     * JSON-LD use the body's name, the page keeps the printed form with an 编者注.
     */
    issuer: text.describe('发文机关'),
    /** 主送机关, the bodies the document is addressed to, in order. Required, unless declared unknown (unknown.addressees). */
    addressees: z.array(text).min(1, { message: '至少填写一个主送机关。' }).optional().describe('主送机关'),
    /** 成文日期, e.g. 2012-02-06; 2010-03 or 2010 when known only to the month or year. Required, unless declared unknown (unknown.signedOn). */
    signedOn: partialDate.optional().describe('成文日期'),
    /** 成文日期 exactly as printed in the document, e.g. 二○一二年二月六日. Required with a full signedOn; optional when signedOn is a month or year. */
    signedOnPrinted: text.optional().describe('成文日期（原文写法）'),
    /** 发布时间 in Beijing time, e.g. 2012-02-06 15:30; a date alone (2012-02-06) when the time is not known. Required, unless declared unknown (unknown.publishedAt). */
    publishedAt: beijingDateTime.optional().describe('发布时间'),
    /** 不详事项: facts the copy the site holds does not give, each with the editor's reason. */
    unknown: unknownFactsSchema.default({}).describe('不详事项'),
    /** 来源: the office that published it, e.g. 工业园区处. Optional. */
    source: text.optional().describe('来源'),
    /** 联系人、电话、传真 as printed. Optional. */
    contact: contactSchema.optional().describe('联系方式'),
    /** 主题分类, the site's subject headings for the document. */
    subjects: z.array(text).default([]).describe('主题分类'),
    /** 附件, in order; each is published in the body under its own heading. */
    attachments: z.array(attachmentSchema).default([]).describe('附件'),
    /** 有效性. Optional: leave it out when no source states it, or declare it unknown with a reason (unknown.validity). */
    validity: validitySchema.optional().describe('有效性'),
    /** 索引号, the catalogue number in the publisher's disclosure system. Optional. */
    indexNumber: text.optional().describe('索引号'),
    /** 正文状态: 全文 (the body is the text as issued, in full; the default) or 摘要 (the editors' summary, when the full text is not available). */
    bodyStatus: z
      .enum(Object.keys(bodyStatuses) as [BodyStatus, ...BodyStatus[]], { message: '正文状态只能是 全文（按发布原文照录）或 摘要（编者摘要）。' })
      .default('全文')
      .describe('正文状态'),
    /** 编者注: slips in the text as issued and how to read them. */
    editorialNotes: z.array(editorialNoteSchema).default([]).describe('编者注'),
  })
  .superRefine((notice, ctx) => {
    // A fact is either given or declared unknown with a reason: never both, never neither.
    for (const field of ['docNumber', 'publishedAt', 'signedOn', 'addressees', 'validity'] as const) {
      const given = notice[field] !== undefined;
      const declared = notice.unknown[field] !== undefined;
      if (given && declared) {
        ctx.addIssue({ code: 'custom', path: ['unknown', field], message: `已填写 ${field}，又在 unknown 中声明其不详；二者只能取一：原件载明时删去 unknown.${field}，否则删去 ${field}。` });
      } else if (!given && !declared && field !== 'validity') {
        ctx.addIssue({ code: 'custom', path: [field], message: missingFactMessage(field) });
      }
    }
    if (notice.signedOn === undefined && notice.unknown.signedOn !== undefined && notice.signedOnPrinted !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['signedOnPrinted'], message: '已声明成文日期不详（unknown.signedOn），却填写了成文日期原文写法 signedOnPrinted；原件载有成文日期时照录 signedOn 并删去 unknown.signedOn，否则删去 signedOnPrinted。' });
    }
    const parsed = notice.docNumber === undefined ? undefined : checkDocNumber(notice.docNumber);
    if (parsed?.ok && notice.signedOn !== undefined) {
      const signedYear = Number(notice.signedOn.slice(0, 4));
      if (parsed.value.year !== signedYear) {
        ctx.addIssue({
          code: 'custom',
          path: ['docNumber'],
          message: `发文字号中的年份〔${parsed.value.year}〕与成文日期 ${notice.signedOn} 的年份 ${signedYear} 不一致：发文字号的年份是成文的年份。若成文日期无误，请改发文字号；若发文字号无误，请改成文日期 signedOn。`,
          params: { suggestion: (notice.docNumber ?? '').replace(`〔${parsed.value.year}〕`, `〔${signedYear}〕`) },
        });
      }
    }
    if (notice.publishedAt !== undefined && notice.signedOn !== undefined && notice.publishedAt.slice(0, notice.signedOn.length) < notice.signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: `发布时间 ${notice.publishedAt} 早于成文日期 ${notice.signedOn}；文件须先成文后发布。`,
      });
    }
    if (notice.signedOn === undefined) return;
    if (notice.signedOnPrinted === undefined) {
      // A date known to the day is printed in the document; one known to the month or year may come from elsewhere.
      if (notice.signedOn.length === 10) {
        ctx.addIssue({ code: 'custom', path: ['signedOnPrinted'], message: '缺少成文日期的原文写法 signedOnPrinted：照原件落款抄录，如 signedOnPrinted: 二○二六年一月五日（示意）。' });
      }
      return;
    }
    const printed = parsePartialChineseDate(notice.signedOnPrinted);
    if (printed !== notice.signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['signedOnPrinted'],
        message:
          printed === undefined
            ? `无法识别成文日期的原文写法“${notice.signedOnPrinted}”，应如 二○一二年二月六日 或 2012年2月6日。`
            : `成文日期原文写法“${notice.signedOnPrinted}”（即 ${printed}）与 signedOn ${notice.signedOn} 不一致。`,
      });
    }
  });

export type Notice = z.output<typeof noticeSchema>;
