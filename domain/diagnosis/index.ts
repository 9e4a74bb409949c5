export { CAUSES, CAUSE_IDS, causePriority, isCauseId, type Cause, type CauseId } from './causes';
export {
  EVIDENCE_ANSWERS,
  EVIDENCE_QUESTIONS,
  EVIDENCE_THEMES,
  evidenceQuestion,
  isEvidenceAnswer,
  questionsByTheme,
  type EvidenceAnswer,
  type EvidenceQuestion,
  type EvidenceTheme,
  type Weights,
} from './questions';
export {
  MIN_ANSWERS_FOR_DIAGNOSIS,
  POINT_LOG_ODDS,
  diagnose,
  diagnosisCoverage,
  type CauseScore,
  type DiagnosisCoverage,
  type EvidenceAnswers,
  type EvidenceLine,
} from './engine';
