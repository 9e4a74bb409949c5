/**
 * Briefs and plans: the public surface for storage and UI. Internal helpers
 * of the parser and the search-term builder are deliberately not re-exported.
 */
export * from './fields';
export * from './records';
export { qualifyBrief, isAssessable, MAX_MUST_HAVES, type Qualification, type QualificationCode, type QualificationIssue, type QualificationSeverity } from './qualification';
export { parseJobText, type ParsedJobText } from './parse';
export { MAX_PARSE_CHARS, MAX_LIST_ITEMS, MAX_ITEM_CHARS, MAX_TEXT_CHARS } from './parse-items';
export { parseSalary, formatSalary } from './salary';
export * from './versions';
export { mergeBriefEdits, type BriefMerge, type MergeConflict } from './merge';
export * from './diff';
export { diffSummary, quotesInFull, summariseFieldDiff } from './diff-summary';
export { applyRequirementChanges, type AppliedChanges } from './apply-changes';
export * from './fit';
export { buildBooleanSearch, renderBooleanQuery, LINKEDIN_MAX_QUERY, type BooleanSearch, type BooleanSearchOptions } from './boolean-search';
export * from './plan';
export { validatePlan, type PlanIssue, type PlanIssueCode, type PlanValidation, type PlanValidationOptions } from './plan-validation';
export { proposeShortlist, proposeSourcing, shortlistReason, DEFAULT_CHANNELS, type ShortlistOptions, type SourcingOptions } from './plan-proposals';
export { addWorkingDays, formatLongDate, isIsoDate, isWeekend, toCalendarDate } from './dates';
export { buildClientSummary, clientSummaryBlocks, type ClientSummary, type ClientSummaryInput } from './client-summary';
export { escapeHtml, escapeMarkdown } from './escape';
