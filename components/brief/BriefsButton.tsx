import { t } from '../i18n';
import { briefPageUrl, openExtensionTab } from './open-page';

/** Opens the briefs and plans page in a tab (long text needs a full page). */
export function BriefsButton() {
  return (
    <button type="button" className="btn small" onClick={() => void openExtensionTab(briefPageUrl())} title={t('briefsButtonTitle')}
      data-testid="open-briefs">
      {t('briefsButton')}
    </button>
  );
}
