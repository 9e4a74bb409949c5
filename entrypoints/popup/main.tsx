import '@/components/theme.css';
import { paintFirst } from '@/components/first-paint';
import { t } from '@/content/i18n';

// The tab's candidate first, in plain DOM (components/first-paint.ts), then React and the views, most
// of this page's code, which take over once they show the same name. Loading them waits until the
// name is on screen (a few storage reads and a frame), for at most FIRST_PAINT_HEAD_START_MS, so the
// two do not compete for the main thread.
const FIRST_PAINT_HEAD_START_MS = 80;
document.title = t('extName');
const root = document.getElementById('root')!;
const mount = () => Promise.all([import('react-dom/client'), import('./App')]).then(([{ createRoot }, { App }]) => createRoot(root).render(<App />));
const painted = paintFirst(root, 'app popup').then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
void Promise.race([painted, new Promise((r) => setTimeout(r, FIRST_PAINT_HEAD_START_MS))]).then(mount);
