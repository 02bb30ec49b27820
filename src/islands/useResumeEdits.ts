import { useEffect, useRef, useState } from 'preact/hooks';
import { replaceBullet } from '../scorer/replaceBullet.ts';
import type { Coaching, Fix } from '../scorer/types.ts';
import type { Resume } from './useResumeInput.ts';

/** Edits are rescored once typing pauses this long: the score follows the typing without a rescore per key. */
export const EDIT_DELAY = 150;

/** How many earlier texts "Undo" can go back to. */
const MAX_UNDO = 50;

interface Span {
  start: number;
  end: number;
}

/** Where each coached bullet stands in `text` (by BulletCoaching.index − 1): kept in step with every edit typed. */
interface Spans {
  text: string;
  bullets: Span[];
}

/**
 * The resume as the reader edits it in the report: its text now, and undo. Bullet edits need to know where
 * each bullet stands; the coaching says so for the text it was made for, and each keystroke moves the bullets
 * after the one typed in, so a bullet stays editable while the rescore of the last keystroke is on its way.
 * After an edit of the whole text, the bullets wait for the coaching of the new text.
 */
export function useResumeEdits(resume: Resume | null) {
  // Edits belong to the resume they were made to: another resume starts unedited, with nothing to undo.
  const [edits, setEdits] = useState<{ resume: Resume; text: string | null; undo: string[] } | null>(null);
  // Read and written by keystrokes faster than renders (a ref), and shown (state: a bullet becomes editable).
  const spans = useRef<Spans | null>(null);
  const [knownSpans, setKnownSpans] = useState<Spans | null>(null);
  const placeBullets = (next: Spans | null) => {
    spans.current = next;
    setKnownSpans(next);
  };
  // The text before the edit now being typed: pushed to the undo stack on its first keystroke.
  const editStart = useRef<string | null>(null);
  // A bullet's words as last typed or applied, shown in its field until the coaching of that text arrives: a
  // field must not show, and then build on, words older than the text being scored.
  const [drafts, setDrafts] = useState<Readonly<Record<number, string>>>({});

  useEffect(() => {
    placeBullets(null);
    editStart.current = null;
    setDrafts({});
  }, [resume]);

  // Keystrokes can come faster than renders: every edit reads and writes the latest edits (a ref), never
  // the ones this render saw, or a keystroke typed before the re-render would be built on stale text.
  const latest = useRef(edits);
  const ownOf = (value: typeof edits) => (resume !== null && value?.resume === resume ? value : null);
  const own = ownOf(edits);
  const text = own?.text ?? null;
  const undoStack = own?.undo ?? [];
  const current = text ?? resume?.text ?? '';
  /** The edits as of the last keystroke, rendered or not. */
  const now = () => {
    const mine = ownOf(latest.current);
    return { text: mine?.text ?? resume?.text ?? '', edited: mine?.text ?? null, undo: mine?.undo ?? [] };
  };

  const update = (change: { text?: string | null; undo?: string[] }) => {
    if (!resume) return;
    const before = now();
    const next = { resume, text: change.text === undefined ? before.edited : change.text, undo: change.undo ?? before.undo };
    latest.current = next;
    setEdits(next);
  };
  const remember = (before: string, stack: string[]) => {
    stack.push(before);
    if (stack.length > MAX_UNDO) stack.shift();
  };

  /** Takes the bullets' places from coaching made for `forText`, when that is still the text. */
  const syncSpans = (coaching: Coaching, forText: string) => {
    if (forText !== now().text) return;
    placeBullets({ text: forText, bullets: coaching.bullets.map(({ start, end }) => ({ start, end })) });
    // The field being typed in keeps its words (spaces the text trims, a line break it joins).
    const typing = /^bullet-(\d+)$/.exec(document.activeElement?.id ?? '')?.[1];
    setDrafts((shown) => (typing !== undefined && shown[Number(typing)] !== undefined ? { [Number(typing)]: shown[Number(typing)]! } : {}));
  };

  /** The field of a bullet has lost focus: it shows the coaching's words again. */
  const settleDraft = (index: number) => setDrafts(({ [index]: _settled, ...rest }) => rest);

  /** Whether bullet `index` can be edited now: its place in the current text is known. */
  const canEditBullets = knownSpans?.text === current;

  /** The next keystroke starts a new step of undo. */
  const beginEdit = () => {
    editStart.current = now().text;
  };

  const editBullet = (index: number, words: string) => {
    const { text: typedOn, undo: stack } = now();
    const known = spans.current;
    const span = known?.bullets[index - 1];
    if (!known || !span || known.text !== typedOn) return;
    const undo = [...stack];
    if (editStart.current !== null) {
      remember(editStart.current, undo);
      editStart.current = null;
    }
    setDrafts((shown) => ({ ...shown, [index]: words }));
    const next = replaceBullet(typedOn, span, words);
    const moved = next.length - typedOn.length;
    placeBullets({
      text: next,
      bullets: known.bullets.map((other, i) =>
        i === index - 1 ? { start: other.start, end: other.end + moved } : other.start > span.start ? { start: other.start + moved, end: other.end + moved } : other,
      ),
    });
    update({ text: next, undo });
  };

  /** A fix, applied to the text its coaching was made for: the score moves by exactly its points. */
  const applyFix = (fix: Fix) => {
    beginEdit();
    editBullet(fix.bullet, fix.after);
  };

  const editWholeText = (next: string) => {
    setDrafts({});
    const undo = [...now().undo];
    if (editStart.current !== null) {
      remember(editStart.current, undo);
      editStart.current = null;
    }
    update({ text: next, undo });
  };

  const undo = () => {
    const stack = now().undo;
    const previous = stack.at(-1);
    if (previous === undefined) return;
    editStart.current = null;
    setDrafts({});
    update({ text: previous === resume?.text ? null : previous, undo: stack.slice(0, -1) });
  };

  return { text: current, edited: text !== null, canEditBullets, drafts, settleDraft, syncSpans, beginEdit, editBullet, applyFix, editWholeText, undo, canUndo: undoStack.length > 0 };
}

export type ResumeEdits = ReturnType<typeof useResumeEdits>;
