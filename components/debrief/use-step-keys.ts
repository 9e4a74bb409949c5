import { useEffect } from 'react';

/** Text entry targets: plain j/k must type there, so only Alt+arrows work inside them. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Page-wide step movement: Alt+↓ / Alt+↑ from anywhere (even mid-sentence in
 * a textarea, during a call), and j / k when focus is not in a text field.
 */
export function useStepKeys(move: (delta: 1 | -1) => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.isComposing) return;
      let delta: 1 | -1 | 0 = 0;
      if (e.altKey && e.key === 'ArrowDown') delta = 1;
      else if (e.altKey && e.key === 'ArrowUp') delta = -1;
      else if (!e.altKey && !isTyping(e.target) && (e.key === 'j' || e.key === 'k')) delta = e.key === 'j' ? 1 : -1;
      if (!delta) return;
      e.preventDefault();
      move(delta);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [move]);
}
