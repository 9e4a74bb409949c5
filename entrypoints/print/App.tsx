import { PrintSummary } from '@/components/brief/PrintSummary';
import { useThemeAttribute } from '@/components/hooks/use-theme';

/** print.html?plan=<id> (or ?brief=<id>), optionally &from=<version>. */
export function App() {
  useThemeAttribute();
  const params = new URLSearchParams(location.search);
  const from = Number(params.get('from'));
  return (
    <main className="print-page">
      <PrintSummary planId={params.get('plan') ?? undefined} briefId={params.get('brief') ?? undefined} from={Number.isInteger(from) && from > 0 ? from : undefined} />
    </main>
  );
}
