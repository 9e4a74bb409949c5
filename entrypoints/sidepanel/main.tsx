import '@/components/theme.css';
import { paintFirstThenMount } from '@/components/first-paint';

paintFirstThenMount({ root: document.getElementById('root')!, mainClass: 'app', titleKey: 'appSidePanelPageTitle', loadApp: () => import('./App') });
