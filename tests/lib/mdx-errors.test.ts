import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/content-check/body/parse-body.ts';

describe('an unclosed or unfinished tag is told to be closed, not to escape its <', () => {
  it.each([
    // [what, body, line, column, fragment]
    ['a known component without its />', '正文。\n\n<DatasetChart id="firms-2011" description="东翼增速最高。"\n\n后文。\n', 3, 1, '标签 <DatasetChart 没有写完：请以 /> 结束，写成 <DatasetChart id='],
    ['a known component with an unclosed value', '<DatasetChart id="firms-2011\n\n正文。\n', 1, 1, '标签 <DatasetChart 没有写完'],
    ['a known component ended with > instead of />', '<DatasetChart id="firms-2011" description="甲">\n\n正文。\n', 1, 1, '标签 <DatasetChart> 没有闭合：它不包含内容，请以 /> 结束'],
    ['an img ended with >', '<img src="/favicon.svg" alt="标志">\n', 1, 1, '标签 <img> 没有闭合：它不包含内容，请以 /> 结束'],
    ['an unfinished div', '<div class="doc-signature"\n\n落款\n\n</div>\n', 1, 1, '标签 <div 没有写完：请以 > 结束'],
    ['a div without its end tag', '<div class="doc-signature">\n\n落款\n', 1, 1, '请在它的内容之后写上 </div>'],
  ])('%s', (_what, body, line, column, fragment) => {
    const { error } = parseBody(body);
    expect(error).toMatchObject({ line, column });
    expect(error!.message).toContain(fragment);
    expect(error!.message).not.toContain('\\<');
  });

  it.each([
    ['a less-than sign in text', '数量 <3 项。\n'],
    ['an unknown name', '见 <Foo 项。\n'],
  ])('still advises escaping < for %s', (_what, body) => {
    expect(parseBody(body).error!.message).toContain('请写成 \\< 和 \\{');
  });
});
