import type { ReactNode } from 'react';

/** One insight: a heading that says what it is for, then its charts or its empty state. */
export function InsightSection({ id, title, lede, children, wide }: { id: string; title: string; lede: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className={`card insight${wide ? ' wide' : ''}`} aria-labelledby={`${id}-h`} data-testid={`section-${id}`}>
      <h2 id={`${id}-h`}>{title}</h2>
      <p className="muted small lede">{lede}</p>
      {children}
    </section>
  );
}

export function EmptyInsight({ title, body, testId }: { title: string; body: string; testId?: string }) {
  return (
    <div className="empty" role="status" data-testid={testId}>
      <strong>{title}</strong>
      {body}
    </div>
  );
}

export function Legend({ items }: { items: readonly { key: string; label: string; tone: string }[] }) {
  return (
    <ul className="legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.key}>
          <span className={`swatch ${item.tone}`} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
