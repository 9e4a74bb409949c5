import '@/components/theme.css';
import { paintFirstThenMount } from '@/components/first-paint';

paintFirstThenMount({ root: document.getElementById('root')!, mainClass: 'app popup', titleKey: 'extName', loadApp: () => import('./App') });
