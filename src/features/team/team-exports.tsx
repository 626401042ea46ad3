import { catalog } from '../../content/catalog.ts';
import {
  teamDisagreements,
  type Disagreement,
  type TeamRecommendation,
} from '../../engine/team.ts';
import type { TeamMember } from '../../share/team-codec.ts';
import { toTeamJson, toTeamMadr } from '../../share/team-export.ts';
import { Button } from '../../components/button.tsx';
import { download, today } from '../../lib/download.ts';

/** The team decision record (MADR 4) and JSON. */
export function TeamExports({
  members,
  rec,
  disagreements,
  teamUrl,
  memberUrls,
}: {
  members: readonly TeamMember[];
  rec: TeamRecommendation;
  /** Null while still being worked out: the export works them out now. */
  disagreements: Disagreement[] | null;
  teamUrl: string;
  memberUrls: string[];
}) {
  const open = () =>
    disagreements ??
    teamDisagreements(
      catalog,
      members.map((m) => m.state),
    );
  return (
    <div className="flex flex-wrap gap-3">
      <Button
        onClick={() =>
          download(
            `${today()}-team-backend-stack.md`,
            'text/markdown',
            toTeamMadr(catalog, members, rec, open(), teamUrl, memberUrls, today()),
          )
        }
      >
        Decision record (.md)
      </Button>
      <Button
        onClick={() =>
          download(
            'stackwise-team.json',
            'application/json',
            toTeamJson(catalog, members, rec, open(), teamUrl, memberUrls),
          )
        }
      >
        JSON
      </Button>
    </div>
  );
}
