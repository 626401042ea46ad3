import { catalog } from '../../content/catalog.ts';
import {
  teamDisagreements,
  type Disagreement,
  type TeamRecommendation,
} from '../../engine/team.ts';
import type { TeamMember } from '../../share/team-codec.ts';
import { toTeamJson, toTeamMadr } from '../../share/team-export.ts';
import { Button } from '../../components/button.tsx';

/** Save text as a file. Sandboxed frames without `allow-downloads` ignore it, harmlessly. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

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
