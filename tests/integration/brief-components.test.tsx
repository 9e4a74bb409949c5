import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diffBriefContent, qualifyBrief, withDefaults } from '@/domain/brief';
import { DiffField } from '@/components/brief/DiffField';
import { ConflictPanel } from '@/components/brief/ConflictPanel';
import { QualificationPanel } from '@/components/brief/QualificationPanel';
import { SummaryBlocksView } from '@/components/brief/SummaryBlocksView';

afterEach(cleanup);

/** Text from the client or a pasted job ad is data: it must render as text, never as markup. */
const HOSTILE = '<img src=x onerror="alert(1)"> Lead';

describe('brief components render text as text', () => {
  it('a word diff is <del>/<ins> elements, and markup in the values stays text', () => {
    const diff = diffBriefContent(withDefaults({ reportingLine: 'Head of Design' }), withDefaults({ reportingLine: `Chief ${HOSTILE}` }));
    const field = diff.fields.find((f) => f.field === 'reportingLine')!;
    const { container } = render(<DiffField field={field} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('del')?.textContent).toContain('Head');
    expect([...container.querySelectorAll('ins')].map((e) => e.textContent).join('')).toContain('<img src=x');
  });

  it('list diffs mark added and removed items', () => {
    const diff = diffBriefContent(withDefaults({ mustHaves: ['Figma', 'Java'] }), withDefaults({ mustHaves: ['Figma', 'Accessibility audits'] }));
    render(<DiffField field={diff.fields.find((f) => f.field === 'mustHaves')!} />);
    expect(screen.getByText('Java').tagName).toBe('DEL');
    expect(screen.getByText('Accessibility audits').tagName).toBe('INS');
  });

  it('the client summary is drawn from blocks, markup shown as text', () => {
    const { container } = render(<SummaryBlocksView blocks={[{ kind: 'heading', level: 1, text: HOSTILE }, { kind: 'list', items: [{ strong: 'Mei Lin', text: 'fits' }] }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('strong')?.textContent).toBe('Mei Lin');
  });

  it('an empty brief lists every missing essential field with the question to ask', () => {
    render(<QualificationPanel qualification={qualifyBrief(withDefaults({}))} />);
    expect(screen.getByTestId('qual-score').textContent).toBe('0');
    expect(screen.getByTestId('qual-badge').textContent).toBe('Not fully qualified');
    const issues = screen.getAllByTestId('qual-issue').map((li) => li.textContent ?? '');
    expect(issues.find((t) => t.startsWith('Salary'))).toContain('What is the salary range');
  });

  it('a conflict cannot be saved until every field has a chosen value', () => {
    const onResolve = vi.fn();
    render(<ConflictPanel latestVersion={3} basedOn={2} onResolve={onResolve} onDiscardMine={() => undefined}
      conflicts={[{ field: 'reportingLine', mine: 'VP Product', theirs: 'CTO' }, { field: 'mustHaves', mine: ['Go'], theirs: ['Go', 'Rust'] }]} />);
    const save = screen.getByTestId('resolve-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(screen.getByText('Go; Rust')).toBeTruthy();
    const [firstTheirs] = screen.getAllByTestId('keep-theirs');
    fireEvent.click(firstTheirs!);
    expect(save.disabled).toBe(true);
    fireEvent.click(screen.getAllByTestId('keep-mine')[1]!);
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    expect(onResolve).toHaveBeenCalledWith({ reportingLine: 'theirs', mustHaves: 'mine' });
  });
});
