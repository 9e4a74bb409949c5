import type { Segment } from '@/domain/search/highlight';

/** Matched parts in <mark>, everything as text: markup in a note shows as typed, never runs. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="hit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
