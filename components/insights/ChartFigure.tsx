import type { ReactNode } from 'react';
import { t } from '../i18n';
import { useWidth } from './use-width';

/**
 * A chart with its numbers: the picture is for reading at a glance, the
 * table (one click away, and always in the accessibility tree) is for
 * screen readers and for anyone who wants the exact figures.
 */
export function ChartFigure({ id, title, summary, chart, table, className }: {
  id: string;
  className?: string;
  title: string;
  /** One sentence saying what the chart shows; also the chart's description. */
  summary: string;
  chart: (props: { titleId: string; summaryId: string; width: number }) => ReactNode;
  table: ReactNode;
}) {
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const [ref, width] = useWidth<HTMLElement>(560);
  return (
    <figure ref={ref} className={`chart ${className ?? ''}`} aria-labelledby={titleId} data-testid={id}>
      <figcaption id={titleId} className="chart-title">{title}</figcaption>
      <p id={summaryId} className="muted small chart-summary">{summary}</p>
      {chart({ titleId, summaryId, width })}
      <details className="chart-table">
        <summary>{t('chartShowTable')}</summary>
        {table}
      </details>
    </figure>
  );
}

export interface Column {
  label: string;
  numeric?: boolean;
}

/** A plain data table: the first cell of each row is its header. */
export function DataTable({ caption, columns, rows, testId }: { caption: string; columns: readonly Column[]; rows: readonly ReactNode[][]; testId?: string }) {
  return (
    // Focusable so a table wider than the page can be scrolled from the keyboard.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">{cell}</th>
                ) : (
                  <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
