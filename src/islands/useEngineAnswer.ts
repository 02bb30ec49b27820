import { useEffect, useRef, useState } from 'preact/hooks';
import { askEngine, type RequestBody } from './engineClient.ts';
import type { EngineResults } from './engineProtocol.ts';
import type { ResumeInput } from './useResumeInput.ts';

/**
 * The engine worker's answer to the request built from `inputs`, or null while it is computed (or when
 * `request` is null). Only the answer to the newest inputs is ever shown: an older one arriving late is
 * dropped. A failure is shown in the panel's status, as a file error would be.
 */
export function useEngineAnswer<K extends RequestBody['kind']>(
  request: Extract<RequestBody, { kind: K }> | null,
  inputs: readonly unknown[],
  panel: Pick<ResumeInput, 'showFailure' | 'resume'>,
): EngineResults[K] | null {
  const [answer, setAnswer] = useState<{ inputs: readonly unknown[]; value: EngineResults[K] } | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    latest.current += 1;
    const run = latest.current;
    if (!request) return;
    askEngine(request).then(
      (value) => run === latest.current && setAnswer({ inputs, value }),
      (error: unknown) => run === latest.current && panel.showFailure(error, panel.resume?.fileName ?? null),
    );
  }, inputs);
  return answer && answer.inputs.length === inputs.length && answer.inputs.every((value, i) => value === inputs[i]) ? answer.value : null;
}
