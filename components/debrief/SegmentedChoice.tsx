import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  /** The legend stays for screen readers but is hidden when the question is its own visible text. */
  hideLegend?: boolean;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange(value: T): void;
  testId?: string;
  className?: string;
}

/**
 * A radio group drawn as a segmented control: native radios (arrow keys move
 * between them, Space picks), a fieldset and legend, a visible focus ring.
 */
export function SegmentedChoice<T extends string>({ legend, hideLegend, options, value, onChange, testId, className = 'choice' }: Props<T>) {
  const name = useId();
  return (
    <fieldset className={className} data-testid={testId}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div className="seg">
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
