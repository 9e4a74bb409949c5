import { useRef, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../i18n';
import { BRIEF_TABS, type BriefTab } from './use-brief-route';

const LABELS: Readonly<Record<BriefTab, MessageKey>> = { edit: 'briefTabEdit', versions: 'briefTabVersions', plan: 'briefTabPlan', summary: 'briefTabSummary' };

export const tabPanelId = (tab: BriefTab) => `brief-panel-${tab}`;
export const tabId = (tab: BriefTab) => `brief-tab-${tab}`;

/** WAI-ARIA tabs: arrow keys move between tabs, the active one is the only tab stop. */
export function BriefTabs({ active, counts, onSelect }: { active: BriefTab; counts: Partial<Record<BriefTab, number>>; onSelect(tab: BriefTab): void }) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent) => {
    const i = BRIEF_TABS.indexOf(active);
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? BRIEF_TABS.length - 1 : move ? (i + move + BRIEF_TABS.length) % BRIEF_TABS.length : -1;
    if (to < 0) return;
    e.preventDefault();
    const tab = BRIEF_TABS[to]!;
    onSelect(tab);
    refs.current[tab]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('briefTabsLabel')} onKeyDown={onKey}>
      {BRIEF_TABS.map((tab) => (
        <button key={tab} ref={(el) => void (refs.current[tab] = el)} type="button" role="tab" id={tabId(tab)} aria-selected={tab === active}
          aria-controls={tabPanelId(tab)} tabIndex={tab === active ? 0 : -1} onClick={() => onSelect(tab)} data-testid={`tab-${tab}`}>
          {t(LABELS[tab])}
          {counts[tab] !== undefined && <span className="count">{counts[tab]}</span>}
        </button>
      ))}
    </div>
  );
}
