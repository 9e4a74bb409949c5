import { useState } from 'react';
import type { Debrief } from '@/domain/debrief';
import { findOrCreateBriefForDebrief } from '@/storage/brief-links';
import { t } from '../i18n';
import { briefPageUrl, openExtensionTab } from './open-page';
import { errorText } from '../error-text';

/**
 * "Revise the brief" from a debrief: finds (or starts) the brief of the
 * debrief's role, links the two, and opens the brief editor in a tab with
 * the debrief's proposed changes applied and its reason written. Used by the
 * debrief's client track and by the Brief & plan card.
 */
export function ReviseBriefButton({ debrief, primary, label = t('briefRevise') }: { debrief: Pick<Debrief, 'id'>; primary?: boolean; label?: string }) {
  const [error, setError] = useState('');
  const revise = async () => {
    setError('');
    try {
      const brief = await findOrCreateBriefForDebrief(debrief.id);
      await openExtensionTab(briefPageUrl({ brief: brief.id, debrief: debrief.id, tab: 'edit' }));
    } catch (e) {
      setError(errorText(e, t('briefOpenFailed')));
    }
  };
  return (
    <>
      <button type="button" className={primary ? 'btn primary' : 'btn'} onClick={() => void revise()} data-testid="revise-brief">{label}</button>
      {error && <span className="error" role="alert">{error}</span>}
    </>
  );
}
