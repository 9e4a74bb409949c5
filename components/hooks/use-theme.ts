import { useEffect } from 'react';
import { useSettings } from './use-settings';

/** Applies the recruiter's theme choice; "system" leaves it to prefers-color-scheme. */
export function useThemeAttribute(): void {
  const theme = useSettings()?.theme;
  useEffect(() => {
    if (theme && theme !== 'system') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}
