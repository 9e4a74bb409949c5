import type { SummaryBlock } from '@/domain/brief/summary-render';

/**
 * The client summary drawn as React elements from the same blocks the
 * text, Markdown and HTML copies are rendered from: on screen and on the
 * print page, nothing is ever injected as markup.
 */
export function SummaryBlocksView({ blocks }: { blocks: readonly SummaryBlock[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return block.level === 1 ? <h1 key={i} dir="auto">{block.text}</h1> : <h2 key={i} dir="auto">{block.text}</h2>;
          case 'paragraph':
            return <p key={i} dir="auto">{block.text}</p>;
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j} dir="auto">
                    {item.strong && <strong>{item.strong}</strong>}
                    {item.strong && item.text ? ': ' : ''}
                    {item.text}
                  </li>
                ))}
              </ul>
            );
        }
      })}
    </>
  );
}
