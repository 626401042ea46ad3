/**
 * What the start page needs to know about the questionnaire without loading the catalog (which
 * belongs to the lazily loaded screens): the first step and how many there are at most.
 */
import summary from 'virtual:stackwise/summary';

export const FIRST_QUESTION: string = summary.firstQuestion;
export const QUESTION_COUNT: number = summary.questionCount;
export const CATALOG_FINGERPRINT: string = summary.fingerprint;
