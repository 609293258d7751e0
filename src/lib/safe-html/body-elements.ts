/**
 * What a body (the text an editor writes in an MDX file) may contain as HTML: the
 * elements of running text, lists, tables and figures, which load nothing and run
 * nothing by themselves. Everything else is refused by the content check
 * (`content-check/rules/body-html.ts`) with the reason below, where there is one.
 */
export const BODY_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
  'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/** Why a common element is refused, for the editor's message. */
export const REFUSED_BECAUSE: Readonly<Record<string, string>> = {
  script: '会在读者的浏览器中运行脚本',
  noscript: '只在不运行脚本时显示，网站不用脚本，也就不需要它',
  iframe: '会嵌入其他网页，从其他网站加载内容',
  frame: '会嵌入其他网页',
  frameset: '会嵌入其他网页',
  object: '会嵌入插件或其他网页',
  embed: '会嵌入插件',
  applet: '会嵌入插件',
  video: '会加载视频文件，网站不播放音视频',
  audio: '会加载音频文件，网站不播放音视频',
  source: '为音视频或图片加载文件',
  picture: '为图片加载多个文件',
  track: '为音视频加载文件',
  style: '是行内样式，网站的安全策略禁止',
  link: '会加载样式表或其他文件',
  meta: '会改变页面的设置（如自动跳转）',
  base: '会改变页面中所有链接的地址',
  form: '会把读者填写的内容发往别处',
  input: '是表单控件',
  button: '是表单控件',
  select: '是表单控件',
  textarea: '是表单控件',
  svg: '可以内嵌脚本和外部资源；图表请用 <DatasetChart>',
  math: '网站不支持公式标记',
  canvas: '只有脚本才能在上面绘图',
  template: '只供脚本使用',
  h1: '是页面标题的级别；正文标题从 ## 开始',
};

/**
 * The components a body may place without importing them, with the form an editor writes:
 * the one list every page that renders a body passes on (src/components/body-components.ts,
 * which TypeScript holds to these names) and the content check accepts. Any other
 * capitalised tag in a body is an error at its line.
 */
export const BODY_COMPONENTS = {
  DatasetChart: '<DatasetChart id="数据集id" description="图表的主要结论" />',
} as const satisfies Record<string, string>;

export type BodyComponentName = keyof typeof BODY_COMPONENTS;

/** True for the name of a component a body may place. */
export function isBodyComponent(name: string): name is BodyComponentName {
  return Object.hasOwn(BODY_COMPONENTS, name);
}
