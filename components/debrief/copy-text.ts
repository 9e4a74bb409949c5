import { useAppStore } from '@/stores/app-store';

/** Copy to the clipboard and say so (or say why not) in the view's notice. */
export async function copyText(text: string, what: string): Promise<boolean> {
  const { notify } = useAppStore.getState();
  try {
    await navigator.clipboard.writeText(text);
    notify(`Copied ${what}`);
    return true;
  } catch {
    notify(`Could not copy ${what}: select the text and copy it by hand.`, 'error');
    return false;
  }
}
