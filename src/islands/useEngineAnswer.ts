import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { askEngine, type RequestBody } from './engineClient.ts';
import type { EngineResults } from './engineProtocol.ts';
import type { ResumeInput } from './useResumeInput.ts';

/** An answer, and whether it is for the inputs as they are now (false while a newer one is computed). */
export interface EngineAnswer<T> {
  value: T;
  fresh: boolean;
}

/**
 * The engine worker's answer to the request built from `inputs`, or null while it is computed (or when
 * `request` is null). Only the answer to the newest inputs is ever fresh: an older one arriving late is
 * dropped. With `keep`, the last answer stays shown, not fresh, while a newer one is computed for the same
 * `keep` (the same resume, edited): a report does not blink out on every keystroke. A failure is shown in the
 * panel's status, as a file error would be.
 */
export function useEngineAnswer<K extends RequestBody['kind']>(
  request: Extract<RequestBody, { kind: K }> | null,
  inputs: readonly unknown[],
  panel: Pick<ResumeInput, 'showFailure' | 'resume'>,
  keep?: unknown,
): EngineAnswer<EngineResults[K]> | null {
  const [answer, setAnswer] = useState<{ inputs: readonly unknown[]; keep: unknown; value: EngineResults[K] } | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    latest.current += 1;
    const run = latest.current;
    if (!request) return;
    askEngine(request).then(
      (value) => run === latest.current && setAnswer({ inputs, keep, value }),
      (error: unknown) => run === latest.current && panel.showFailure(error, panel.resume?.fileName ?? null),
    );
  }, inputs);
  const fresh = answer !== null && answer.inputs.length === inputs.length && answer.inputs.every((value, i) => value === inputs[i]);
  const shown = answer !== null && request !== null && (fresh || (keep !== undefined && answer.keep === keep));
  // One object per answer and freshness, so that effects depending on it run when either changes, not per render.
  return useMemo(() => (shown ? { value: answer.value, fresh } : null), [shown ? answer : null, fresh]);
}
