/** One thing wrong (or doubtful) in a content file, located for an editor. */
export interface Problem {
  /** Path of the file, relative to the project root, e.g. content/notices/x.mdx. */
  file: string;
  /** 1-based line of the offending key or text. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Dotted field path, e.g. docNumber or contact.phone; empty for the body. */
  field: string;
  /** The field's Chinese name, e.g. 发文字号. */
  label?: string;
  /** What is wrong, in Chinese. */
  message: string;
  /** The corrected value, where one can be worked out. */
  suggestion?: string;
  /** The file the suggestion is a new item of (e.g. content/redirects.yaml), when it is not this file's field. */
  addTo?: string;
  /** The field the suggestion is written under, when it is not the field itself (a misspelt key: smaple → sample). */
  suggestedField?: string;
  /** True for a problem with the field other entries know this entry by (a circular's 发文字号): reported first. */
  identity?: boolean;
  /** Errors stop the build; warnings are reported only. */
  severity: 'error' | 'warning';
}

/** Orders problems by file, then position, so reports are stable; a problem with an entry's identity comes first. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => Number(b.identity === true) - Number(a.identity === true) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/**
 * Renders problems as an editor reads them: one block per problem, the location
 * first (file:line:column, which editors and terminals turn into links).
 */
export function formatProblems(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const blocks = sortProblems(problems).map((p) => {
    const head = `${p.severity === 'error' ? '✖ 错误' : '⚠ 提醒'}  ${p.file}:${p.line}:${p.column}`;
    const lines = [head];
    if (p.field) lines.push(`  字段：${p.field}${p.label ? `（${p.label}）` : ''}`);
    else if (p.label) lines.push(`  位置：正文（${p.label}）`);
    lines.push(`  问题：${p.message}`);
    const key = p.suggestedField ?? (p.field ? p.field.split('.').pop() : undefined);
    if (p.suggestion !== undefined && p.addTo) lines.push(`  改为：在 ${p.addTo} 中加上一项：${p.suggestion}`);
    else if (p.suggestion !== undefined) lines.push(`  改为：${key ? `${key}: ` : ''}${p.suggestion}`.trimEnd());
    return lines.join('\n');
  });
  // Warnings alone do not stop publishing: the editor is told the check passed, and what to review.
  const summary =
    problems.length === 0
      ? '内容检查通过，未发现问题。'
      : errors === 0
        ? `内容检查通过：没有错误，另有 ${warnings} 处提醒，请逐条核对。`
        : `内容检查发现 ${errors} 处错误、${warnings} 处提醒。请逐条修改后重新构建。`;
  return [...blocks, summary].join('\n\n');
}
