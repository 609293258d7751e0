import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { withBase } from '../url.ts';
import { realPath } from './real-path.ts';
import { isLinkableContext, type AncestorLike } from './context.ts';
import { findCrossRefs, segmentText, type LinkIndex } from './match.ts';

/** What the plugin needs, computed once per build (see site-index.ts). */
export interface CrossRefSource {
  index: LinkIndex;
  /** The `collection/id` of the entry a content file holds, by absolute path. */
  keyByFile: ReadonlyMap<string, string>;
}

/**
 * The Sätteri mdast plugin that turns 《title》 and 发文字号 in prose into links.
 * `load` is called on the first document compiled and its result kept, so the
 * list of linkable documents is built once per build, not per page.
 */
export function crossRefPlugin(load: () => CrossRefSource, base: string): (ctx: PluginFactoryContext) => MdastPluginDefinition {
  let source: CrossRefSource | undefined;
  return (factory) => {
    source ??= load();
    const { index, keyByFile } = source;
    const self = factory.fileURL ? keyByFile.get(realPath(fileURLToPath(factory.fileURL))) : undefined;
    return defineMdastPlugin({
      name: 'szy-crossref',
      text(node, ctx) {
        const refs = findCrossRefs(node.value, index, (target) => target.key === self);
        if (refs.length === 0) return;
        const ancestors: AncestorLike[] = [];
        let parent = ctx.parent(node as Parameters<typeof ctx.parent>[0]);
        while (parent) {
          ancestors.push(parent as AncestorLike);
          parent = ctx.parent(parent);
        }
        if (!isLinkableContext(ancestors)) return;
        ctx.replaceNode(
          node,
          segmentText(node.value, refs).map((segment) =>
            segment.target
              ? {
                  type: 'link' as const,
                  url: withBase(segment.target.path, base),
                  children: [{ type: 'text' as const, value: segment.text }],
                  data: { hProperties: { className: ['xref'] } },
                }
              : { type: 'text' as const, value: segment.text },
          ),
        );
      },
    });
  };
}
