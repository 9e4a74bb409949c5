import { BriefsPage } from '@/components/brief/BriefsPage';
import { useThemeAttribute } from '@/components/hooks/use-theme';

export function App() {
  useThemeAttribute();
  return <BriefsPage />;
}
