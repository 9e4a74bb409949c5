import { t } from '../i18n';
import { tRich } from '../rich-message';

/** The role in bold, then its client: "<strong>Lead Product Designer</strong> · Acme Bank". */
export function RoleAtClient({ title, client }: { title: string; client: string }) {
  const role = <strong>{title || t('briefUntitledRole')}</strong>;
  return <>{client ? tRich('briefTitleAtClient', role, client) : role}</>;
}
