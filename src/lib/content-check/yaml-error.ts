import type { YAMLError } from 'yaml';

/** A YAML syntax error, located and said in Chinese. */
export interface YamlSyntaxError {
  line: number;
  column: number;
  message: string;
}

const GENERAL_FORM = '每行写成“字段: 值”（半角冒号，后面空一格），列表每项一行、以“- ”开头，缩进只用空格，子项比上一级多缩进两个空格。';

/**
 * What went wrong, and what to write instead, for each kind of error the `yaml` parser
 * reports (its `code`, and for MISSING_CHAR and BAD_INDENT the message, which tells the
 * cases apart). `near` is the source from the error's position on.
 */
function explain(error: YAMLError, near: string): string {
  const quote = /Missing closing (["'])quote/u.exec(error.message)?.[1];
  switch (error.code) {
    case 'MISSING_CHAR':
      if (quote) {
        return `引号没有闭合：这里的 ${quote} 开始一段文字，后面却没有结束的 ${quote}。请在这段文字末尾补上 ${quote}；文字本身含有 ${quote} 时，外面改用另一种引号（${quote === '"' ? "'" : '"'}）。`;
      }
      return `这一行缺少冒号：${GENERAL_FORM}`;
    case 'TAB_AS_INDENT':
      return '缩进用了制表符（Tab）：YAML 只能用空格缩进。请把行首的 Tab 换成空格。';
    case 'BAD_INDENT':
      if (/Flow sequence/u.test(error.message)) return '方括号 [ 没有闭合：写在一行的列表须以 ] 结束，如 subjects: [产业转移, 工业园区]；也可改为每项一行、以“- ”开头。';
      if (/Flow map/u.test(error.message)) return '花括号 { 没有闭合：须以 } 结束，如 { id: heyuan, name: 河源市 }。';
      return `缩进不齐：同一级的字段须从同一列开始。请对照上下行调整行首的空格（${GENERAL_FORM}）`;
    case 'DUPLICATE_KEY': {
      const key = /^\s*([^:\s][^:]*?)\s*:/u.exec(near)?.[1];
      return `字段${key ? `“${key}”` : ''}写了两次：同一个字段只能出现一次。请删去或合并其中一处。`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return '值中含有“: ”（半角冒号加空格），被当成了又一个字段。请把整个值用英文双引号括起，如 title: "关于: 某事"。';
    case 'MULTILINE_IMPLICIT_KEY':
      return `这一行不是“字段: 值”的写法：可能缺少冒号，或把上一行的值断成了两行。${GENERAL_FORM}值很长时写在同一行，或用英文双引号括起。`;
    case 'BAD_SCALAR_START':
      return `值不能以“${near.trimStart()[0] ?? ''}”开头（YAML 的保留字符）。请把整个值用英文双引号括起。`;
    case 'BAD_DQ_ESCAPE':
      return '双引号中的反斜杠 \\ 有特殊含义，这里的写法无效。要照录反斜杠，请写成 \\\\，或改用单引号括起整个值。';
    default:
      return `无法读取这一行。${GENERAL_FORM}`;
  }
}

/**
 * The first syntax error of a YAML text in Chinese, at line:column, with what to write
 * instead; never the parser's English. An unclosed quote, [ or { is located where it opens
 * (the parser finds it missing only further on).
 */
export function yamlSyntaxError(error: YAMLError, text: string, at: (offset: number) => { line: number; column: number }): YamlSyntaxError {
  let offset = error.pos[0];
  const quote = error.code === 'MISSING_CHAR' ? /Missing closing (["'])quote/u.exec(error.message)?.[1] : undefined;
  if (quote) {
    const opening = text.lastIndexOf(quote, Math.max(0, offset - 1));
    if (opening >= 0) offset = opening;
  }
  // An unclosed [ or { is found missing on the next line: it is located at its opening bracket.
  const flow = error.code === 'BAD_INDENT' ? (/Flow sequence/u.test(error.message) ? '[' : /Flow map/u.test(error.message) ? '{' : undefined) : undefined;
  if (flow) {
    const opening = text.lastIndexOf(flow, Math.max(0, offset - 1));
    if (opening >= 0) offset = opening;
  }
  return { ...at(offset), message: explain(error, text.slice(error.pos[0])) };
}
