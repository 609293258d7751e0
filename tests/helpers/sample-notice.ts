/** The fields of a sample circular that tests vary; the rest are the same valid values for all. */
export interface SampleNoticeFields {
  title?: string;
  docNumber?: string;
  signedOn?: string;
  signedOnPrinted?: string;
  publishedAt?: string;
  /** More frontmatter lines, written as given before the closing `---`. */
  extra?: string;
}

/**
 * The source of a valid sample circular (`sample: true`), for tests that check one rule
 * on otherwise clean content.
 */
export function sampleNoticeSource(fields: SampleNoticeFields = {}, body = '正文。'): string {
  const {
    title = '关于测试内容检查的通知',
    docNumber = '粤经信园区〔2012〕90号',
    signedOn = '2012-03-01',
    signedOnPrinted = '二○一二年三月一日',
    publishedAt = '2012-03-02 09:00',
    extra = '',
  } = fields;
  return `---
title: ${title}
docNumber: ${docNumber}
issuer: 广东省经济和信息化委员会
addressees:
  - 各地级以上市经济和信息化主管部门
signedOn: ${signedOn}
signedOnPrinted: ${signedOnPrinted}
publishedAt: ${publishedAt}
sample: true
${extra}---
${body}
`;
}
