import { LISTENING_PROMPTS } from '@/domain/justification';
import { t } from '../i18n';
import { listeningPromptText } from './content';

/** Questions to ask instead of defending the candidate (rule one: no justification mode). */
export function ListeningPrompts({ limit }: { limit?: number }) {
  const prompts = limit ? LISTENING_PROMPTS.slice(0, limit) : LISTENING_PROMPTS;
  return (
    <div className="stack" data-testid="listening-prompts">
      <h3>{t('debriefListeningHeading')}</h3>
      <ul className="prompts">
        {prompts.map((p) => <li key={p.id}>{listeningPromptText(p)}</li>)}
      </ul>
    </div>
  );
}
