import { browser } from 'wxt/browser';
import { ADAPTERS } from '@/sites/registry';

export function NotACandidate() {
  const systems = ADAPTERS.filter((a) => a.id !== 'demo').map((a) => a.label);
  return (
    <section className="card empty" data-testid="not-candidate">
      <strong>This page is not a candidate</strong>
      Open a candidate’s profile on {systems.join(', ')} and Recalibrate will know who it is.
      <span className="small" style={{ display: 'block', marginTop: 6 }}>
        Just installed? Reload pages that were already open. Another ATS?{' '}
        <button type="button" className="btn link small" onClick={() => void browser.runtime.openOptionsPage()}>
          Add its address in Settings
        </button>
        .
      </span>
    </section>
  );
}
