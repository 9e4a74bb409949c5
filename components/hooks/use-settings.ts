import { useEffect, useState } from 'react';
import { loadSettings, watchSettings, type Settings } from '@/storage/settings';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
