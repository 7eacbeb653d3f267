export { listAdviceRequests } from './list-advice-requests';
export { showAdviceRequest } from './show-advice-request';
export { logConsultation } from './log-consultation';
export { suggestOpportunity, SUGGESTIONS_PATH } from './suggest-opportunity';
export { listMySuggestions } from './list-my-suggestions';
export { answerSuggestion } from './answer-suggestion';
export { setAdviceConsent } from './set-advice-consent';
export type { AdviceRequest, ProfileAnswers, ConsultationEntry, SuggestionEntry, OpportunityOption } from './queries';
