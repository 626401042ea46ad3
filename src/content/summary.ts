/**
 * What the start page and the layout need without loading the catalog (which belongs to the
 * lazily loaded screens): the first step, how many there are at most, and the site's branding.
 */
import summary from 'virtual:stackwise/summary';
import type { Site } from './types.ts';

export const FIRST_QUESTION: string = summary.firstQuestion;
export const QUESTION_COUNT: number = summary.questionCount;
export const CATALOG_FINGERPRINT: string = summary.fingerprint;
/** The branding from content/site.md (name, start page title and intro, footer links). */
export const SITE: Site = summary.site;
/** Names of the languages the catalog covers, alphabetical. */
export const LANGUAGES: string[] = summary.languages;
