import type { ResumeVersion } from './resumeVersions.ts';

interface Props {
  versions: readonly ResumeVersion[];
  onRemove: (id: string) => void;
  onForget: () => void;
}

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The versions kept on this device, newest first, each with its score and a way to remove it. */
export function VersionList({ versions, onRemove, onForget }: Props) {
  if (versions.length === 0) return null;
  return (
    <section class="scorer-block" aria-labelledby="versions-heading" data-testid="resume-versions">
      <h3 id="versions-heading">Versions kept on this device</h3>
      <p class="muted">The last {versions.length === 1 ? 'version' : `${versions.length} versions`} you scored here, text only, in this browser.</p>
      <ul class="version-list">
        {versions.map((version) => (
          <li key={version.id} data-version={version.id}>
            <span>
              <time dateTime={version.savedAt}>{when.format(new Date(version.savedAt))}</time> · {version.label} · <strong>{version.score}</strong>/100
            </span>
            <button type="button" class="button button--secondary" aria-label={`Remove ${version.label}, ${when.format(new Date(version.savedAt))}`} onClick={() => onRemove(version.id)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="button button--secondary" onClick={onForget}>
        Forget all versions
      </button>
    </section>
  );
}
