/**
 * Team links: every member's answers in one link that reopens the team page.
 *
 *   #/team?v=1&k=<dictionary>&m=<member>&m=<member>...&c=<fingerprint>
 *
 * A compact form of the v1 share encoding (codec.ts). Eight single links written out in full would
 * be about 4,500 characters, so the ids are written once, in a dictionary, and each member refers
 * to them by position:
 * - `k` lists the questions any member answered and, for each, the options any member chose, in
 *   questionnaire order: `team-language:go.python,workload:crud-api.realtime`. The dictionary
 *   carries the ids themselves, so a link survives questions or options being added or reordered,
 *   and old ids keep working through the catalog's aliases.
 * - each `m` is `<answers>[~<excluded ids, dot-separated>[~<name, percent-encoded>]]`. `<answers>`
 *   has one fixed-width chunk per dictionary question: the chosen dictionary options as a bit set in
 *   base64url digits (6 options per digit), or dots when the member skipped the question.
 *
 * Decoding expands each member back to a v1 share query and reads it with `decodeShare`, so a member
 * gets exactly the notices a single link would (unknown ids, too many choices, an older catalog).
 * Pure; `decodeTeam` never throws.
 */
import type { Catalog } from '../content/types.ts';
import { decodeShare, encodeShare, safeDecode, SHARE_VERSION, type ShareState } from './codec.ts';

export const TEAM_VERSION = 1;
export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 8;
/** Longest member name kept, in characters. */
export const MAX_NAME = 40;
/** Longest team link read; eight full members take about 850 characters. */
const MAX_TEAM_QUERY = 8000;

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SKIPPED = '.';

export interface TeamMember {
  /** Optional; '' when not given. */
  name: string;
  state: ShareState;
}

export interface DecodedMember extends TeamMember {
  /** Plain-language notes on this member's part of the link, as a single link would give them. */
  notices: string[];
  /** The member's answers were made with another catalog: their result may differ. */
  outdated: boolean;
}

export interface DecodedTeam {
  members: DecodedMember[];
  /** Notes on the link as a whole (version, members left out, a damaged dictionary). */
  notices: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function cleanName(name: string): string {
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, MAX_NAME).join('');
}

/** Digits needed for `n` options. */
const widthOf = (n: number) => Math.max(1, Math.ceil(n / 6));

function toDigits(bits: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) out = DIGITS[(bits >> (6 * i)) & 63]! + out;
  return out;
}

/**
 * The team query (without `?`) for members, at most MAX_MEMBERS of them (the rest are left out).
 * Member states are first made canonical with `encodeShare`, so unknown ids are dropped. Eight
 * members who answered every question with every option they may choose stay under 2,000
 * characters with names of up to 20 characters.
 */
export function encodeTeam(catalog: Catalog, members: readonly TeamMember[]): string {
  const kept = members.slice(0, MAX_MEMBERS).map((m) => ({
    name: cleanName(m.name),
    state: decodeShare(catalog, encodeShare(catalog, m.state)).state,
  }));
  const dictionary = catalog.questions
    .map((q) => ({
      id: q.id,
      options: q.options
        .map((o) => o.id)
        .filter((o) => kept.some((m) => m.state.answers[q.id]?.includes(o))),
      used: kept.some((m) => m.state.answers[q.id] !== undefined),
    }))
    .filter((q) => q.used);
  const k = dictionary.map((q) =>
    [q.id, ...(q.options.length ? [q.options.join('.')] : [])].join(':'),
  );
  const parts = [`v=${TEAM_VERSION}`, `k=${k.join(',')}`];
  for (const m of kept) {
    let answers = '';
    for (const q of dictionary) {
      const width = widthOf(q.options.length);
      const chosen = m.state.answers[q.id];
      if (chosen === undefined) {
        answers += SKIPPED.repeat(width);
        continue;
      }
      let bits = 0;
      q.options.forEach((o, i) => {
        if (chosen.includes(o)) bits |= 1 << i;
      });
      answers += toDigits(bits, width);
    }
    const fields = [answers, m.state.exclude.join('.'), encodeURIComponent(m.name)];
    while (fields.length > 1 && fields.at(-1) === '') fields.pop();
    parts.push(`m=${fields.join('~')}`);
  }
  parts.push(`c=${catalog.fingerprint}`);
  return parts.join('&');
}

interface DictEntry {
  question: string;
  options: string[];
}

function readDictionary(value: string, notices: string[]): DictEntry[] {
  const entries: DictEntry[] = [];
  let damaged = false;
  for (const part of value.split(',')) {
    if (part === '') continue;
    const [question = '', options = '', ...rest] = part.split(':');
    const q = question.trim().toLowerCase();
    const list = options
      .split('.')
      .map((o) => o.trim().toLowerCase())
      .filter((o) => o !== '');
    if (!ID.test(q) || rest.length > 0 || !list.every((o) => ID.test(o))) {
      damaged = true;
      // Keep the position, so members' answers stay aligned; the entry answers nothing.
      entries.push({ question: '', options: list.filter((o) => ID.test(o)) });
      continue;
    }
    entries.push({ question: q, options: list });
  }
  if (damaged) notices.push('Part of the team link is garbled; the answers it held were ignored.');
  return entries;
}

function readMember(
  catalog: Catalog,
  raw: string,
  dictionary: DictEntry[],
  fingerprint: string | null,
): DecodedMember {
  const [answers = '', exclude = '', ...nameParts] = raw.split('~');
  const memberNotices: string[] = [];
  const name = cleanName(safeDecode(nameParts.join('~')) ?? '');
  if (name === '' && nameParts.join('~') !== '' && safeDecode(nameParts.join('~')) === null)
    memberNotices.push('The name in the team link is garbled; it was left out.');
  const pairs = [`v=${SHARE_VERSION}`];
  let at = 0;
  let damaged = false;
  for (const entry of dictionary) {
    const width = widthOf(entry.options.length);
    const chunk = answers.slice(at, at + width);
    at += width;
    if (chunk.length < width) {
      damaged = true;
      break;
    }
    if (chunk === SKIPPED.repeat(width)) continue;
    let bits = 0;
    let valid = true;
    for (const ch of chunk) {
      const d = DIGITS.indexOf(ch);
      if (d === -1) valid = false;
      bits = bits * 64 + Math.max(d, 0);
    }
    if (!valid || bits >= 2 ** entry.options.length) {
      damaged = true;
      continue;
    }
    if (entry.question === '') continue;
    const chosen = entry.options.filter((_, i) => Math.floor(bits / 2 ** i) % 2 === 1);
    pairs.push(`${entry.question}=${chosen.join(',')}`);
  }
  if (at < answers.length) damaged = true;
  if (damaged)
    memberNotices.push(
      'Part of this member’s answers in the team link is damaged; what could be read was used.',
    );
  const ids = exclude
    .split('.')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length > 0) pairs.push(`exclude=${ids.map(encodeURIComponent).join(',')}`);
  if (fingerprint !== null) pairs.push(`c=${encodeURIComponent(fingerprint)}`);
  const decoded = decodeShare(catalog, pairs.join('&'));
  return {
    name,
    state: decoded.state,
    notices: [...memberNotices, ...decoded.notices],
    outdated: decoded.outdated,
  };
}

/** Decode a team query (with or without a leading `?`). Never throws. */
export function decodeTeam(catalog: Catalog, rawQuery: string): DecodedTeam {
  const notices: string[] = [];
  let query = typeof rawQuery === 'string' ? rawQuery : '';
  if (query.startsWith('?')) query = query.slice(1);
  if (query.length > MAX_TEAM_QUERY) {
    notices.push(
      `The team link is unusually long; only its first ${MAX_TEAM_QUERY} characters were read.`,
    );
    query = query.slice(0, MAX_TEAM_QUERY);
  }
  let version: string | null = null;
  let fingerprint: string | null = null;
  let dictionary: DictEntry[] | null = null;
  const rawMembers: string[] = [];
  let unknown = 0;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = (eq === -1 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    if (key === 'v') version ??= (safeDecode(value) ?? value).trim();
    else if (key === 'c') fingerprint = (safeDecode(value) ?? '').trim();
    else if (key === 'k') {
      if (dictionary !== null) continue;
      const text = safeDecode(value);
      if (text === null)
        notices.push('Part of the team link is garbled; the answers it held were ignored.');
      dictionary = readDictionary(text ?? '', notices);
    } else if (key === 'm') rawMembers.push(value);
    else unknown++;
  }
  if (unknown > 0)
    notices.push(
      `The team link has ${unknown === 1 ? 'a part' : `${unknown} parts`} this version does not use; ${unknown === 1 ? 'it was' : 'they were'} ignored.`,
    );
  if (version !== null && version !== String(TEAM_VERSION)) {
    const n = Number(version);
    notices.push(
      Number.isInteger(n) && n > TEAM_VERSION
        ? 'The team link was made by a newer version of Stackwise; what this version understands was used.'
        : 'The team link’s version is unknown; it was read as version 1.',
    );
  }
  if (rawMembers.length > MAX_MEMBERS) {
    notices.push(
      `A team has at most ${MAX_MEMBERS} members; the link names ${rawMembers.length}, so the first ${MAX_MEMBERS} were kept.`,
    );
    rawMembers.length = MAX_MEMBERS;
  }
  const dict = dictionary ?? [];
  const members = rawMembers.map((raw) => readMember(catalog, raw, dict, fingerprint));
  return { members, notices };
}

/** The v1 share query (without `?`) that opens one member's own result. */
export function memberQuery(catalog: Catalog, member: TeamMember): string {
  return encodeShare(catalog, member.state);
}

// ---------------------------------------------------------------------------------------------
// Reading pasted links.

export type PastedLink =
  | { kind: 'member'; member: DecodedMember }
  | { kind: 'team'; team: DecodedTeam }
  | { kind: 'error'; message: string };

/**
 * Read one pasted line: a result link (any address ending in `#/result?…`, or a bare `v=1&…`
 * query), or a team link (its members are added), optionally preceded by a name ("Ana: https://…").
 * Never throws; anything else gets a plain message saying what a result link looks like.
 */
export function readPastedLink(catalog: Catalog, line: string): PastedLink {
  const text = typeof line === 'string' ? line.trim() : '';
  const result = /#\/result(?:\?(\S*))?/.exec(text);
  const team = /#\/team(?:\?(\S*))?/.exec(text);
  const bare = /(?:^|\s)\??(v=\d[^\s]*)/.exec(text);
  const match = result ?? team ?? bare;
  if (!match) {
    return {
      kind: 'error',
      message:
        text === ''
          ? 'The line is empty.'
          : 'This is not a Stackwise result link. A result link ends in “#/result?v=1&…”: open your result and use Copy link.',
    };
  }
  // What comes before the link is the name: "Ana: https://…", "Ana – https://…".
  const before = text.slice(0, match.index).replace(/\S+$/, '');
  const name = cleanName(before.replace(/[\s:–—-]+$/, ''));
  if (team) {
    const decoded = decodeTeam(catalog, team[1] ?? '');
    return { kind: 'team', team: decoded };
  }
  const query = (result ? result[1] : bare![1]) ?? '';
  const decoded = decodeShare(catalog, query);
  const notices = [...decoded.notices];
  if (Object.keys(decoded.state.answers).length === 0 && decoded.state.exclude.length === 0)
    notices.push('This link carries no answers, so this member’s stack rests on defaults alone.');
  return {
    kind: 'member',
    member: { name, state: decoded.state, notices, outdated: decoded.outdated },
  };
}
