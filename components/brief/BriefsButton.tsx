import { briefPageUrl, openExtensionTab } from './open-page';

/** Opens the briefs and plans page in a tab (long text needs a full page). */
export function BriefsButton() {
  return (
    <button type="button" className="btn small" onClick={() => void openExtensionTab(briefPageUrl())} title="Briefs, versions and plans for your client roles"
      data-testid="open-briefs">
      Briefs &amp; plans
    </button>
  );
}
