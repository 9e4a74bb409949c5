import { cleanText } from '@/domain/text';
import { formatLongDate } from './dates';
import type { PlanDates, PlanKind, SourcingStrategy } from './plan';
import { renderHtml, renderHtmlDocument, renderMarkdown, renderPlainText, type SummaryBlock, type SummaryItem } from './summary-render';

/**
 * The one page the recruiter sends the client after a bad interview: what
 * we learned, what changed in the brief, and the new plan with its dates.
 * Built once as blocks, rendered as plain text, Markdown and HTML, so the
 * three copies always say the same thing.
 */

export interface ClientSummaryInput {
  roleTitle: string;
  clientName: string;
  preparedBy?: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Feedback and confirmed causes, as sentences (from the debrief). */
  learned: readonly string[];
  /** From diffSummary() of the previous and the revised brief. */
  briefChanges: readonly string[];
  fromVersion?: number;
  toVersion?: number;
  plan?: {
    kind: PlanKind;
    shortlist: readonly { name: string; reason: string }[];
    sourcing?: Pick<SourcingStrategy, 'targetTitles' | 'targetCompanies' | 'channels'>;
    dates: PlanDates;
  };
}

export interface ClientSummary {
  text: string;
  markdown: string;
  /** Fragment for the clipboard's text/html. */
  html: string;
  /** Complete page for printing to PDF. */
  htmlDocument: string;
}

const MAX_ITEM = 2_000;
const clean = (text: string) => cleanText(text, MAX_ITEM);

const PLAN_INTRO: Readonly<Record<PlanKind, string>> = {
  shortlist: 'A fresh shortlist from candidates we already know, matched to the revised brief.',
  sourcing: 'A new search built on the revised brief.',
  both: 'A fresh shortlist from candidates we already know, and a new search running in parallel.',
};

function planBlocks(plan: NonNullable<ClientSummaryInput['plan']>): SummaryBlock[] {
  const blocks: SummaryBlock[] = [{ kind: 'heading', level: 2, text: 'Our plan' }, { kind: 'paragraph', text: PLAN_INTRO[plan.kind] }];
  if (plan.kind !== 'sourcing' && plan.shortlist.length > 0) {
    blocks.push({ kind: 'list', items: plan.shortlist.map((entry) => ({ strong: clean(entry.name), text: clean(entry.reason) })) });
  }
  const sourcing = plan.sourcing;
  if (plan.kind !== 'shortlist' && sourcing) {
    const rows: [string, readonly string[]][] = [['Target titles', sourcing.targetTitles], ['Target companies', sourcing.targetCompanies], ['Channels', sourcing.channels]];
    const items = rows
      .map(([label, values]): SummaryItem => ({ strong: label, text: values.map(clean).filter(Boolean).join(', ') }))
      .filter((item) => item.text !== '');
    if (items.length) blocks.push({ kind: 'list', items });
  }
  const dates: SummaryItem[] = [
    { strong: 'Shortlist by', text: formatLongDate(plan.dates.shortlistBy) },
    { strong: 'Interviews by', text: formatLongDate(plan.dates.interviewsBy) },
  ];
  if (plan.dates.decisionBy) dates.push({ strong: 'Decision by', text: formatLongDate(plan.dates.decisionBy) });
  blocks.push({ kind: 'heading', level: 2, text: 'Key dates' }, { kind: 'list', items: dates });
  return blocks;
}

export function clientSummaryBlocks(input: ClientSummaryInput): SummaryBlock[] {
  const role = clean(input.roleTitle) || 'The role';
  const client = clean(input.clientName);
  const by = input.preparedBy ? ` by ${clean(input.preparedBy)}` : '';
  const blocks: SummaryBlock[] = [
    { kind: 'heading', level: 1, text: client ? `${role} at ${client}: our revised plan` : `${role}: our revised plan` },
    { kind: 'paragraph', text: `Prepared${by} on ${formatLongDate(input.date)}.` },
  ];
  const learned = input.learned.map(clean).filter(Boolean);
  if (learned.length) blocks.push({ kind: 'heading', level: 2, text: 'What we learned' }, { kind: 'list', items: learned.map((text) => ({ text })) });

  const versions = input.fromVersion && input.toVersion ? ` (version ${input.fromVersion} → ${input.toVersion})` : '';
  blocks.push({ kind: 'heading', level: 2, text: `What changed in the brief${versions}` });
  const changes = input.briefChanges.map(clean).filter(Boolean);
  blocks.push(changes.length
    ? { kind: 'list', items: changes.map((text) => ({ text })) }
    : { kind: 'paragraph', text: 'The brief is unchanged: we continue on the agreed requirements.' });

  if (input.plan) blocks.push(...planBlocks(input.plan));
  return blocks;
}

export function buildClientSummary(input: ClientSummaryInput): ClientSummary {
  const blocks = clientSummaryBlocks(input);
  const title = blocks[0]?.kind === 'heading' ? blocks[0].text : 'Revised plan';
  return {
    text: renderPlainText(blocks),
    markdown: renderMarkdown(blocks),
    html: renderHtml(blocks),
    htmlDocument: renderHtmlDocument(title, blocks),
  };
}
