/**
 * The debrief's content tables in the reader's language: the domain keeps the
 * ids, weights and English (the copied summary and the drafted message use
 * it); each entry's words are a message keyed by the entry's stable id. An id
 * without a message (added to the domain later) shows the domain's English.
 */
import { t, type MessageKey } from '../i18n';

type Keys = Readonly<Record<string, MessageKey>>;

const say = (keys: Keys, id: string, english: string): string => {
  const key = keys[id];
  return key ? t(key) : english;
};

const EVIDENCE: Keys = {
  'late-or-rescheduled': 'debriefEvidenceQLateOrRescheduled',
  unprepared: 'debriefEvidenceQUnprepared',
  'off-form': 'debriefEvidenceQOffForm',
  'vague-answers': 'debriefEvidenceQVagueAnswers',
  'candidate-agrees': 'debriefEvidenceQCandidateAgrees',
  'specific-examples': 'debriefEvidenceQSpecificExamples',
  'candidate-prepared': 'debriefEvidenceQCandidatePrepared',
  'rated-strong-found-weak': 'debriefEvidenceQRatedStrongFoundWeak',
  'skills-tested': 'debriefEvidenceQSkillsTested',
  'cv-gap': 'debriefEvidenceQCvGap',
  'submitted-as-stretch': 'debriefEvidenceQSubmittedAsStretch',
  'level-mismatch': 'debriefEvidenceQLevelMismatch',
  'fit-doubts': 'debriefEvidenceQFitDoubts',
  'same-reason-rejections': 'debriefEvidenceQSameReasonRejections',
  'skill-not-in-brief': 'debriefEvidenceQSkillNotInBrief',
  'brief-from-hiring-manager': 'debriefEvidenceQBriefFromHiringManager',
  'must-haves-ranked': 'debriefEvidenceQMustHavesRanked',
  'success-defined': 'debriefEvidenceQSuccessDefined',
  'interview-plan-known': 'debriefEvidenceQInterviewPlanKnown',
  'package-confirmed': 'debriefEvidenceQPackageConfirmed',
  'requirements-changed': 'debriefEvidenceQRequirementsChanged',
  'interviewers-disagree': 'debriefEvidenceQInterviewersDisagree',
  'new-decision-maker': 'debriefEvidenceQNewDecisionMaker',
  'business-changed': 'debriefEvidenceQBusinessChanged',
  'benchmark-person': 'debriefEvidenceQBenchmarkPerson',
  'role-may-change': 'debriefEvidenceQRoleMayChange',
  'motivation-checked': 'debriefEvidenceQMotivationChecked',
  'interest-cooled': 'debriefEvidenceQInterestCooled',
  'role-not-wanted': 'debriefEvidenceQRoleNotWanted',
};

const LISTENING: Keys = {
  specifically: 'debriefListeningSpecifically',
  example: 'debriefListeningExample',
  'strong-answer': 'debriefListeningStrongAnswer',
  when: 'debriefListeningWhen',
  'who-else': 'debriefListeningWhoElse',
  weight: 'debriefListeningWeight',
  surprise: 'debriefListeningSurprise',
  liked: 'debriefListeningLiked',
  'next-time': 'debriefListeningNextTime',
  'tell-me-more': 'debriefListeningTellMeMore',
};

const FLAG_EXPLANATIONS: Keys = {
  'but-actually': 'debriefFlagButActuallyExplanation',
  misunderstood: 'debriefFlagMisunderstoodExplanation',
  'to-be-fair': 'debriefFlagToBeFairExplanation',
  'sure-about-candidate': 'debriefFlagSureAboutCandidateExplanation',
  'usually-great': 'debriefFlagUsuallyGreatExplanation',
  'no-chance': 'debriefFlagNoChanceExplanation',
  'not-fair': 'debriefFlagNotFairExplanation',
  'off-day': 'debriefFlagOffDayExplanation',
  disagree: 'debriefFlagDisagreeExplanation',
  'must-have-been': 'debriefFlagMustHaveBeenExplanation',
  'not-a-fair-reflection': 'debriefFlagNotAFairReflectionExplanation',
  'client-is-wrong': 'debriefFlagClientIsWrongExplanation',
  'wrong-questions': 'debriefFlagWrongQuestionsExplanation',
};

const FLAG_ALTERNATIVES: Keys = {
  'but-actually': 'debriefFlagButActuallyAlternative',
  misunderstood: 'debriefFlagMisunderstoodAlternative',
  'to-be-fair': 'debriefFlagToBeFairAlternative',
  'sure-about-candidate': 'debriefFlagSureAboutCandidateAlternative',
  'usually-great': 'debriefFlagUsuallyGreatAlternative',
  'no-chance': 'debriefFlagNoChanceAlternative',
  'not-fair': 'debriefFlagNotFairAlternative',
  'off-day': 'debriefFlagOffDayAlternative',
  disagree: 'debriefFlagDisagreeAlternative',
  'must-have-been': 'debriefFlagMustHaveBeenAlternative',
  'not-a-fair-reflection': 'debriefFlagNotAFairReflectionAlternative',
  'client-is-wrong': 'debriefFlagClientIsWrongAlternative',
  'wrong-questions': 'debriefFlagWrongQuestionsAlternative',
};

const CLIENT: Keys = {
  'strong-answer': 'debriefClientQStrongAnswer',
  'shortest-competency': 'debriefClientQShortestCompetency',
  'moment-it-turned': 'debriefClientQMomentItTurned',
  'cv-not-borne-out': 'debriefClientQCvNotBorneOut',
  'team-personality': 'debriefClientQTeamPersonality',
  'market-trade-off': 'debriefClientQMarketTradeOff',
  'two-profiles': 'debriefClientQTwoProfiles',
  'test-before-sending': 'debriefClientQTestBeforeSending',
  'first-three-months': 'debriefClientQFirstThreeMonths',
  'success-at-twelve-months': 'debriefClientQSuccessAtTwelveMonths',
  'keep-only-three': 'debriefClientQKeepOnlyThree',
  'first-ten-minutes': 'debriefClientQFirstTenMinutes',
  'interview-plan': 'debriefClientQInterviewPlan',
  'real-package': 'debriefClientQRealPackage',
  'skill-not-in-brief': 'debriefClientQSkillNotInBrief',
  'comparable-hires': 'debriefClientQComparableHires',
  'what-changed': 'debriefClientQWhatChanged',
  'business-need': 'debriefClientQBusinessNeed',
  'who-decides': 'debriefClientQWhoDecides',
  benchmark: 'debriefClientQBenchmark',
  timeline: 'debriefClientQTimeline',
  'rare-combination': 'debriefClientQRareCombination',
  'similar-search-story': 'debriefClientQSimilarSearchStory',
  'rewrite-together': 'debriefClientQRewriteTogether',
  'what-went-well': 'debriefClientQWhatWentWell',
  'feedback-to-pass-on': 'debriefClientQFeedbackToPassOn',
  'prepared-and-interested': 'debriefClientQPreparedAndInterested',
  'interest-dropped': 'debriefClientQInterestDropped',
  'firm-no': 'debriefClientQFirmNo',
  'competing-processes': 'debriefClientQCompetingProcesses',
  'other-role': 'debriefClientQOtherRole',
};

const MOTIVATION: Keys = {
  'why-move': 'debriefMotivationQWhyMove',
  'after-meeting': 'debriefMotivationQAfterMeeting',
  'what-matters': 'debriefMotivationQWhatMatters',
  'right-kind-of-role': 'debriefMotivationQRightKindOfRole',
  'other-processes': 'debriefMotivationQOtherProcesses',
  package: 'debriefMotivationQPackage',
  timing: 'debriefMotivationQTiming',
  'deal-breakers': 'debriefMotivationQDealBreakers',
  'next-role': 'debriefMotivationQNextRole',
};

const COACHING_TITLES: Keys = {
  'star-answers': 'debriefCoachingStarAnswersTitle',
  'concise-answers': 'debriefCoachingConciseAnswersTitle',
  'research-company': 'debriefCoachingResearchCompanyTitle',
  'ask-questions': 'debriefCoachingAskQuestionsTitle',
  'show-motivation': 'debriefCoachingShowMotivationTitle',
  'technical-refresh': 'debriefCoachingTechnicalRefreshTitle',
  'leadership-examples': 'debriefCoachingLeadershipExamplesTitle',
  confidence: 'debriefCoachingConfidenceTitle',
  'answer-the-question': 'debriefCoachingAnswerTheQuestionTitle',
  'salary-conversation': 'debriefCoachingSalaryConversationTitle',
  weaknesses: 'debriefCoachingWeaknessesTitle',
  'team-fit': 'debriefCoachingTeamFitTitle',
  'video-setup': 'debriefCoachingVideoSetupTitle',
  logistics: 'debriefCoachingLogisticsTitle',
};

const COACHING_TIPS: Keys = {
  'star-answers': 'debriefCoachingStarAnswersTip',
  'concise-answers': 'debriefCoachingConciseAnswersTip',
  'research-company': 'debriefCoachingResearchCompanyTip',
  'ask-questions': 'debriefCoachingAskQuestionsTip',
  'show-motivation': 'debriefCoachingShowMotivationTip',
  'technical-refresh': 'debriefCoachingTechnicalRefreshTip',
  'leadership-examples': 'debriefCoachingLeadershipExamplesTip',
  confidence: 'debriefCoachingConfidenceTip',
  'answer-the-question': 'debriefCoachingAnswerTheQuestionTip',
  'salary-conversation': 'debriefCoachingSalaryConversationTip',
  weaknesses: 'debriefCoachingWeaknessesTip',
  'team-fit': 'debriefCoachingTeamFitTip',
  'video-setup': 'debriefCoachingVideoSetupTip',
  logistics: 'debriefCoachingLogisticsTip',
};

interface Entry {
  id: string;
  text: string;
}

/** Step 2's evidence questions (domain/diagnosis/questions.ts). */
export const evidenceQuestionText = (id: string, english: string): string => say(EVIDENCE, id, english);
/** Step 1's "Ask, don't defend" prompts. */
export const listeningPromptText = (p: Entry): string => say(LISTENING, p.id, p.text);
/** Why a flagged phrase sounds defensive, and what to say instead, by justification rule id. */
export const flagExplanation = (ruleId: string, english: string): string => say(FLAG_EXPLANATIONS, ruleId, english);
export const flagAlternative = (ruleId: string, english: string): string => say(FLAG_ALTERNATIVES, ruleId, english);
/** Step 4's question bank. */
export const clientQuestionText = (q: Entry): string => say(CLIENT, q.id, q.text);
/** Step 5's motivation re-check. */
export const motivationQuestionText = (q: Entry): string => say(MOTIVATION, q.id, q.text);
/** Step 5's coaching catalogue. */
export const coachingTitle = (p: { id: string; title: string }): string => say(COACHING_TITLES, p.id, p.title);
export const coachingTip = (p: { id: string; tip: string }): string => say(COACHING_TIPS, p.id, p.tip);
