/** Site-wide names shown to readers. */
export const site = {
  /** Short name, used in the header and in page titles. */
  name: '广东“双转移”',
  /** What the site is, in one line. */
  tagline: '产业转移和劳动力转移 · 总结宣传',
  /** Default page description. */
  description: '发布广东省产业转移和劳动力转移（“双转移”）工作的通知公告、先进典型、政策汇编、专刊和统计数据。',
} as const;
