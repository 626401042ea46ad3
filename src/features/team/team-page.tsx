import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import { Notice } from '../../components/notice.tsx';
import {
  recommendTeam,
  settlementSentence,
  teamDisagreementSteps,
  type Disagreement,
} from '../../engine/team.ts';
import { paths } from '../../lib/paths.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useSlicedWork } from '../../lib/use-sliced-work.ts';
import {
  decodeTeam,
  encodeTeam,
  MAX_MEMBERS,
  MAX_NAME,
  memberQuery,
  MIN_MEMBERS,
  type TeamMember,
} from '../../share/team-codec.ts';
import { CopyButton } from './copy-button.tsx';
import { DisagreementList } from './disagreements.tsx';
import { SideBySide } from './side-by-side.tsx';
import { fieldClass } from './styles.ts';
import { Button } from '../../components/button.tsx';
import { TextLink, textLinkClass } from '../../components/text-link.tsx';
import { TeamExports } from './team-exports.tsx';
import { TeamRecommendationView } from './team-recommendation.tsx';
import { addPasted, memberNames, type AddOutcome } from './team-model.ts';
import { channelMessage } from '../../share/team-export.ts';

/** The app's own address (without embed parameters) with a route after the `#`. */
function appUrl(route: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${route}`;
}

/**
 * The disagreements, worked out after the page is up, a few milliseconds at a time: settling each
 * question re-ranks every member once per distinct answer. Null until done.
 */
function useDisagreements(members: readonly TeamMember[], key: string): Disagreement[] | null {
  return useSlicedWork(
    key,
    () =>
      members.length < MIN_MEMBERS
        ? null
        : teamDisagreementSteps(
            catalog,
            members.map((m) => m.state),
          ),
    8,
  );
}

export function TeamPage() {
  usePageTitle('Decide as a team');
  const { search } = useLocation();
  const navigate = useNavigate();
  const decoded = useMemo(() => decodeTeam(catalog, search), [search]);
  const members = decoded.members;
  const key = useMemo(() => encodeTeam(catalog, members), [members]);
  // What the ranking depends on: answers only, so typing a name does not re-rank.
  const answersKey = useMemo(
    () =>
      encodeTeam(
        catalog,
        members.map((m) => ({ name: '', state: m.state })),
      ),
    [members],
  );
  // Notices from links pasted in this visit, by the member's own link: the team link is
  // written canonically, so they would be gone after the first edit.
  const [pastedNotices, setPastedNotices] = useState<Record<string, string[]>>({});
  const [draft, setDraft] = useState('');
  const [draftName, setDraftName] = useState('');
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);

  // Name fields are uncontrolled, so typing is never disturbed by the URL round trip; they are
  // rebuilt only when the link changes from outside (a pasted team link, back, a new address).
  const [own, setOwn] = useState<string | null>(null);
  const [epoch, setEpoch] = useState({ search, n: 0 });
  if (search !== epoch.search) setEpoch({ search, n: search === own ? epoch.n : epoch.n + 1 });
  const write = useCallback(
    (next: readonly TeamMember[]) => {
      const query = next.length > 0 ? encodeTeam(catalog, next) : '';
      setOwn(query ? `?${query}` : '');
      void navigate(paths.team.to(query), { replace: true, preventScrollReset: true });
    },
    [navigate],
  );

  const rec = useMemo(
    () =>
      members.length >= MIN_MEMBERS
        ? recommendTeam(
            catalog,
            members.map((m) => m.state),
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answersKey],
  );
  const disagreements = useDisagreements(members, answersKey);
  const names = memberNames(members);
  const teamUrl = appUrl(paths.team.to(key));
  const memberUrls = members.map((m) => appUrl(paths.result.to(memberQuery(catalog, m))));

  const add = (e: FormEvent) => {
    e.preventDefault();
    const result = addPasted(catalog, members, draft, draftName);
    setOutcome(result);
    if (result.added === 0) return;
    const fresh = result.members.slice(members.length);
    setPastedNotices((prev) => {
      const next = { ...prev };
      for (const m of fresh) if (m.notices.length > 0) next[memberQuery(catalog, m)] = m.notices;
      return next;
    });
    setDraft(result.remaining);
    setDraftName('');
    write(result.members);
  };

  const rename = (index: number, name: string) =>
    write(members.map((m, i) => (i === index ? { ...m, name } : m)));
  const remove = (index: number) => {
    write(members.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById('team-add-links')?.focus());
  };

  const full = members.length >= MAX_MEMBERS;
  const startUrl = appUrl(paths.home.to());

  const membersSection = (
    <section aria-labelledby="members-title" className="mt-8">
      <h2 id="members-title" className="text-xl font-semibold">
        Members{' '}
        <span className="text-base font-normal text-muted">
          ({members.length} of {MAX_MEMBERS})
        </span>
      </h2>
      {members.length > 0 && (
        <ol className="mt-3 grid gap-3 sm:grid-cols-2">
          {members.map((m, i) => {
            const notices = [...m.notices, ...(pastedNotices[memberQuery(catalog, m)] ?? [])];
            return (
              <li
                key={`${epoch.n}-${i}-${members.length}`}
                data-member={i + 1}
                className="rounded-lg border border-border bg-surface p-3"
              >
                <label className="block text-sm font-medium" htmlFor={`member-name-${i}`}>
                  Name of member {i + 1} (optional)
                </label>
                <input
                  id={`member-name-${i}`}
                  defaultValue={m.name}
                  maxLength={MAX_NAME}
                  placeholder={`Member ${i + 1}`}
                  autoComplete="off"
                  onChange={(e) => rename(i, e.currentTarget.value)}
                  className={fieldClass}
                />
                <p className="mt-2 text-sm">
                  <TextLink to={paths.result.to(memberQuery(catalog, m))}>
                    Open this result<span className="sr-only"> ({names[i]})</span>
                  </TextLink>
                  <Button
                    onClick={() => remove(i)}
                    className="ml-3 py-1"
                    aria-label={`Remove ${names[i]}`}
                  >
                    Remove
                  </Button>
                </p>
                {notices.length > 0 && (
                  <div className="mt-2 rounded-md border-l-4 border-warn bg-bg p-2 text-sm">
                    <p className="font-semibold">About {names[i]}’s link</p>
                    <ul className="mt-1 list-disc space-y-1 pl-5">
                      {notices.map((n) => (
                        <li key={n}>{n}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}

      {members.length < MIN_MEMBERS && (
        <div className="mt-4 rounded-lg border-l-4 border-accent bg-accent-soft p-4">
          <p className="font-semibold">
            {members.length === 0
              ? 'Add at least two result links to compare them.'
              : 'Add at least one more result link to compare.'}
          </p>
          <p className="mt-1">
            Send this link to your colleagues: each answers on their own (about two minutes),
            presses Copy link on their result and sends it back. Paste their links below.
          </p>
          <p className="mt-2 font-mono text-sm break-all">{startUrl}</p>
          <div className="mt-2">
            <CopyButton
              label="Copy the link to send"
              text={startUrl}
              copied="Link copied. Paste it in your team channel."
              fieldLabel="Link to send to colleagues"
            />
          </div>
        </div>
      )}

      <form onSubmit={add} className="mt-4 max-w-2xl" aria-labelledby="add-title">
        <h3 id="add-title" className="font-semibold">
          Add members
        </h3>
        <label htmlFor="team-add-name" className="mt-2 block text-sm font-medium">
          Name (optional, when you add one link)
        </label>
        <input
          id="team-add-name"
          value={draftName}
          maxLength={MAX_NAME}
          autoComplete="off"
          onChange={(e) => setDraftName(e.currentTarget.value)}
          className={fieldClass}
          disabled={full}
        />
        <label htmlFor="team-add-links" className="mt-2 block text-sm font-medium">
          Result links, one per line
        </label>
        <p id="team-add-help" className="text-sm text-muted">
          Paste one link, or several at once. “Ana: https://…” names the member. A team link adds
          all its members.
        </p>
        <textarea
          id="team-add-links"
          value={draft}
          rows={3}
          aria-describedby="team-add-help"
          aria-invalid={outcome !== null && outcome.problems.length > 0}
          onChange={(e) => setDraft(e.currentTarget.value)}
          className={`${fieldClass} font-mono text-sm`}
          disabled={full}
        />
        <Button type="submit" variant="primary" className="mt-2" disabled={full}>
          Add to team
        </Button>
        {full && (
          <p className="mt-2 text-sm">
            The team is full ({MAX_MEMBERS} members). Remove a member to add another.
          </p>
        )}
        <div role="status" className="mt-2 text-sm">
          {outcome && outcome.added > 0 && (
            <p className="font-medium text-ok">
              Added {outcome.added} member{outcome.added === 1 ? '' : 's'}.
            </p>
          )}
          {outcome && outcome.problems.length > 0 && (
            <ul className="mt-1 space-y-1">
              {outcome.problems.map((p) => (
                <li key={`${p.line}-${p.text}`}>
                  <span className="font-semibold">Line {p.line}:</span> {p.message}
                </li>
              ))}
            </ul>
          )}
          {outcome && outcome.added === 0 && outcome.problems.length === 0 && (
            <p>Paste at least one result link first.</p>
          )}
        </div>
      </form>
    </section>
  );

  return (
    <article aria-labelledby="team-title">
      <h1 id="team-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
        Decide as a team
      </h1>
      <p className="mt-2 max-w-prose text-muted">
        Everyone answers on their own and sends their result link. Put the links here to see the
        stacks side by side, the questions worth arguing about, and one stack for the team.
      </p>
      {decoded.notices.length > 0 && (
        <Notice tone="warn" title="About this team link" className="mt-4">
          <ul className="list-disc space-y-1 pl-5">
            {decoded.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Notice>
      )}

      {rec && (
        <p className="mt-3">
          {members.length} members: {names.join(', ')}.{' '}
          <button
            type="button"
            className={textLinkClass('accent', 'font-medium')}
            onClick={() => {
              document.getElementById('members-title')?.scrollIntoView({ block: 'start' });
              document.getElementById('team-add-links')?.focus({ preventScroll: true });
            }}
          >
            Add or edit members
          </button>
        </p>
      )}
      {rec && (
        <>
          <TeamRecommendationView rec={rec} names={names} />
          <section aria-labelledby="arguing-title" className="mt-8">
            <h2 id="arguing-title" className="text-xl font-semibold">
              Questions worth arguing about
            </h2>
            <DisagreementList
              list={disagreements}
              names={names}
              sentence={(d, s) => settlementSentence(catalog, d.question, s, names)}
            />
          </section>
          <SideBySide members={members} rec={rec} names={names} />
          <section aria-labelledby="share-title" className="mt-8">
            <h2 id="share-title" className="text-xl font-semibold">
              Share and export
            </h2>
            <p className="mt-1 text-sm text-muted">
              The team link reopens this page with every member’s answers ({teamUrl.length}{' '}
              characters).
            </p>
            <div className="mt-3 flex flex-wrap items-start gap-3">
              <CopyButton
                label="Copy team link"
                text={teamUrl}
                copied="Team link copied. Anyone who opens it sees this comparison."
                fieldLabel="Team link"
              />
              <CopyButton
                label="Copy message for your channel"
                text={channelMessage(
                  catalog,
                  members,
                  rec,
                  disagreements?.filter((d) => d.changesAnything).length ?? 0,
                  teamUrl,
                )}
                copied="Message copied. Paste it in your team channel."
                fieldLabel="Message for your channel"
              />
              <TeamExports
                members={members}
                rec={rec}
                disagreements={disagreements}
                teamUrl={teamUrl}
                memberUrls={memberUrls}
              />
            </div>
          </section>
        </>
      )}
      {membersSection}
    </article>
  );
}
