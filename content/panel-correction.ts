/**
 * The panel's one-field form: "who is this?" when the page showed no name,
 * and the inline "Not right?" correction. Plain DOM, text only. Keys typed
 * here stop at the panel: host pages bind single-key shortcuts (search,
 * next/previous record) that must not fire while the recruiter types a name.
 */
import { t } from './i18n';

export interface CorrectionFields {
  name: string;
  jobTitle: string;
}

export interface CorrectionForm {
  element: HTMLFormElement;
  /**
   * Fill the fields and show the form. `focus` moves the caret to the name
   * (only on the recruiter's request, never on page load); `dismissible`
   * offers Cancel/Esc (the "who is this?" prompt has nothing to go back to).
   */
  open(values: CorrectionFields, options: { focus: boolean; dismissible: boolean }): void;
  close(): void;
}

let uid = 0;

function field(label: string, name: string, maxLength: number, required: boolean): { wrap: HTMLDivElement; input: HTMLInputElement } {
  uid += 1;
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const input = document.createElement('input');
  input.id = `recalibrate-fix-${name}-${uid}`;
  input.name = name;
  input.type = 'text';
  input.maxLength = maxLength;
  input.required = required;
  input.autocomplete = 'off';
  input.spellcheck = false;
  const labelEl = document.createElement('label');
  labelEl.htmlFor = input.id;
  labelEl.textContent = label;
  wrap.append(labelEl, input);
  return { wrap, input };
}

export function createCorrectionForm(handlers: { save(fields: CorrectionFields): Promise<void>; cancel(): void }): CorrectionForm {
  const form = document.createElement('form');
  form.className = 'fix';
  form.hidden = true;
  form.noValidate = true; // our own message, not the browser's bubble (which the host page's CSS cannot reach anyway)
  const name = field(t('appFieldName'), 'name', 120, true);
  const job = field(t('panelFieldJobOptional'), 'job', 220, false);
  const error = document.createElement('p');
  error.className = 'fix-error';
  error.setAttribute('role', 'alert');
  const actions = document.createElement('div');
  actions.className = 'fix-actions';
  const save = document.createElement('button');
  save.type = 'submit';
  save.className = 'save';
  save.textContent = t('appSave');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'secondary';
  cancel.textContent = t('appCancel');
  cancel.addEventListener('click', () => handlers.cancel());
  actions.append(save, cancel);
  form.append(name.wrap, job.wrap, error, actions);

  for (const type of ['keydown', 'keyup', 'keypress'] as const) form.addEventListener(type, (e) => e.stopPropagation());
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !cancel.hidden) {
      e.preventDefault();
      handlers.cancel();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const fields = { name: name.input.value.trim(), jobTitle: job.input.value.trim() };
    if (!fields.name) {
      error.textContent = t('appCorrectNameRequired');
      name.input.setAttribute('aria-invalid', 'true');
      name.input.focus();
      return;
    }
    name.input.removeAttribute('aria-invalid');
    error.textContent = '';
    save.disabled = true;
    handlers
      .save(fields)
      .catch(() => {
        error.textContent = t('appSaveFailed');
      })
      .finally(() => {
        save.disabled = false;
      });
  });

  return {
    element: form,
    open(values, { focus, dismissible }) {
      name.input.value = values.name;
      job.input.value = values.jobTitle;
      error.textContent = '';
      cancel.hidden = !dismissible;
      form.hidden = false;
      if (focus) name.input.focus();
    },
    close() {
      form.hidden = true;
    },
  };
}
