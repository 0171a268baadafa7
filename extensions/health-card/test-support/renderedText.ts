/**
 * All the text a rendered tree shows, depth first, one space between nodes —
 * the renderer's `.text` only covers a node's own text children.
 */
import { RenderedNodeType, type RenderedChildNode, type RenderedRootNode } from '@hubspot/ui-extensions/testing';

type Parent = { childNodes: RenderedChildNode[] };

export function renderedText(node: RenderedRootNode | Parent): string {
  const parts: string[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === RenderedNodeType.Text) parts.push(child.text);
      else walk(child);
    }
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
