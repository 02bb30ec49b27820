import type { DocumentWarning } from '../scorer/types.ts';

/** What is wrong with the document itself (not its content), each with what to do; nothing when all is well. */
export function DocumentWarnings({ warnings }: { warnings: DocumentWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="scorer-block document-warnings" aria-labelledby="document-warnings">
      <h3 id="document-warnings">About this file</h3>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.id} data-warning={warning.id}>
            {warning.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
