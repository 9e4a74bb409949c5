import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { KIND_ORDER, type SearchHit } from '@/storage/search';
import type { SearchKind } from '@/storage/search-documents';
import { useAppStore } from '@/stores/app-store';
import { formatNumber, t, type MessageKey } from '../i18n';
import { Highlighted } from './Highlighted';
import { useSearch } from './use-search';

const GROUP_LABEL: Record<SearchKind, MessageKey> = { candidate: 'searchGroupCandidates', debrief: 'searchGroupDebriefs', note: 'searchGroupNotes', brief: 'searchGroupBriefs' };

/**
 * Search across candidates, notes, debriefs and briefs (ARIA combobox:
 * arrows move through the results, Enter opens one, Escape clears).
 * Choosing a result opens that candidate — and the debrief, for a debrief —
 * in this view; a brief opens on the briefs page.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { result, busy } = useSearch(query);
  const pickCandidate = useAppStore((s) => s.pickCandidate);
  const openDebrief = useAppStore((s) => s.openDebrief);
  const listId = useId();
  const hits = useMemo(() => (result ? KIND_ORDER.flatMap((k) => result.groups[k]) : []), [result]);
  const open = query.trim().length > 0 && !!result;
  const optionId = (i: number) => `${listId}-o${i}`;

  const choose = (hit: SearchHit) => {
    if (hit.kind === 'brief' && hit.briefId) {
      void browser.tabs.create({ url: `${browser.runtime.getURL('/')}briefs.html?brief=${encodeURIComponent(hit.briefId)}` });
    } else if (hit.candidateKey) {
      pickCandidate(hit.candidateKey);
      if (hit.kind === 'debrief' && hit.debriefId) openDebrief(hit.debriefId);
    }
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  let index = -1;
  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        data-testid="search-input"
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? optionId(active) : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="card" style={{ marginTop: 6, padding: 6 }}>
          <p className="muted small" style={{ margin: '0 6px' }} data-testid="search-stats" data-ms={result.ms} aria-live="polite">
            {hits.length === 0 ? t(busy ? 'searchBusy' : 'searchNoMatch') : stats(result.counts, result.truncated, result.ms)}
          </p>
          <ul id={listId} role="listbox" aria-label={t('searchResultsLabel')} className="search-results" data-testid="search-results">
            {KIND_ORDER.filter((k) => result.groups[k].length).map((kind) => (
              <li key={kind} role="presentation">
                <div className="search-group-label" id={`${listId}-${kind}`} aria-hidden="true">
                  {result.counts[kind] > result.groups[kind].length
                    ? t('searchGroupPartial', t(GROUP_LABEL[kind]), formatNumber(result.groups[kind].length), formatNumber(result.counts[kind]))
                    : t(GROUP_LABEL[kind])}
                </div>
                <ul role="group" aria-labelledby={`${listId}-${kind}`} className="search-results">
                  {result.groups[kind].map((hit) => {
                    index++;
                    const i = index;
                    return (
                      <li
                        key={hit.id}
                        id={optionId(i)}
                        role="option"
                        aria-selected={i === active}
                        className="search-option"
                        data-testid="search-hit"
                        data-kind={hit.kind}
                        onMouseDown={(e) => e.preventDefault()}
                        onMouseEnter={() => setActive(i)}
                        onClick={() => choose(hit)}
                      >
                        <div>
                          <Highlighted segments={hit.titleSegments} />
                        </div>
                        {hit.snippet.length > 0 && (
                          <div className="snippet">
                            <Highlighted segments={hit.snippet} />
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function stats(counts: Record<SearchKind, number>, truncated: boolean, ms: number): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const key = truncated ? 'searchStatsMore' : total === 1 ? 'searchStatsOne' : 'searchStatsOther';
  return t(key, formatNumber(total), ms);
}
