import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { splitCitations } from './citations.ts';

/** `props.citations`, as MDX's compiler needs an expression: an estree program. */
const CITATIONS_PROP = {
  type: 'Program',
  sourceType: 'module',
  body: [
    {
      type: 'ExpressionStatement',
      expression: {
        type: 'MemberExpression',
        object: { type: 'Identifier', name: 'props' },
        property: { type: 'Identifier', name: 'citations' },
        computed: false,
        optional: false,
      },
    },
  ],
} as const;

/** The MDX JSX node a `<Cite>` written in the source would parse to. */
interface CiteNode {
  type: 'mdxJsxTextElement';
  name: 'Cite';
  attributes: unknown[];
  children: [];
}

function citeElement(ids: string[]): CiteNode {
  return {
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'ids', value: ids.join(' ') },
      {
        type: 'mdxJsxAttribute',
        name: 'numbers',
        value: { type: 'mdxJsxAttributeValueExpression', value: 'props.citations', data: { estree: CITATIONS_PROP as never } },
      },
    ],
    children: [],
  };
}

/**
 * Turns `[@id]` citations in a guide's prose into `<Cite ids numbers={props.citations}>`: the page renders
 * the guide with its source numbers and a `Cite` component, the same one its frontmatter prose uses.
 */
export function remarkCitations() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const parts = splitCitations(node.value);
      if (parts.every((part) => 'text' in part)) return;
      const replacement = parts.map((part) => ('text' in part ? ({ type: 'text', value: part.text } as Text) : citeElement(part.ids)));
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}
