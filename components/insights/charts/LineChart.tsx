import { niceMax, ticks } from './scale';

export interface LinePoint {
  key: string;
  label: string;
  sublabel?: string;
  /** Null leaves a gap: a month without data is not a zero. */
  value: number | null;
}

const HEIGHT = 180;
const LEFT = 32;
const BOTTOM = 36;
const TOP = 10;

/** One value over time, with dots on the months that have data and gaps where none. */
export function LineChart({ points, max, titleId, summaryId, width: WIDTH = 560 }: { points: readonly LinePoint[]; max?: number; titleId: string; summaryId: string; width?: number }) {
  const top = niceMax(max ?? Math.max(0, ...points.map((p) => p.value ?? 0)), 1);
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, points.length);
  const x = (i: number) => LEFT + i * slot + slot / 2;
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
    } else {
      current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
    }
  });
  if (current) segments.push(current);
  const every = Math.max(1, Math.ceil((points.length * 36) / (WIDTH - LEFT)));
  return (
    <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
      {ticks(top).map((v) => (
        <g key={v}>
          <line x1={LEFT} x2={WIDTH} y1={y(v)} y2={y(v)} className={v === 0 ? 'axis' : 'grid'} />
          <text x={LEFT - 6} y={y(v)} className="axis-label" textAnchor="end" dominantBaseline="central">{v}</text>
        </g>
      ))}
      {segments.map((d) => <path key={d} d={d} className="line" />)}
      {points.map((p, i) => (
        <g key={p.key}>
          {p.value !== null && <circle cx={x(i)} cy={y(p.value)} r={4} className="dot" />}
          {i % every === 0 && (
            <text x={x(i)} y={HEIGHT - BOTTOM + 14} className="axis-label" textAnchor="middle">
              {p.label}
              {p.sublabel && <tspan x={x(i)} dy={13}>{p.sublabel}</tspan>}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
