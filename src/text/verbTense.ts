/**
 * Turning an English verb from one tense to another, as a bullet's rewrite needs it: "maintaining" →
 * "maintained", "Build" → "Built", "Designed" → "Design". Irregular verbs are listed; the rest follow the
 * regular spelling rules. A word that is not a verb the rules can read gives null, never a guess.
 */

/** Irregular verbs resumes open bullets with: plain form → past tense. */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = {
  bear: 'bore', beat: 'beat', become: 'became', begin: 'began', bring: 'brought', build: 'built', buy: 'bought',
  choose: 'chose', cut: 'cut', do: 'did', draw: 'drew', drive: 'drove', find: 'found', fly: 'flew', forecast: 'forecast', get: 'got',
  give: 'gave', grow: 'grew', hold: 'held', keep: 'kept', lead: 'led', make: 'made', meet: 'met', oversee: 'oversaw',
  overcome: 'overcame', put: 'put', rebuild: 'rebuilt', rewrite: 'rewrote', ride: 'rode', run: 'ran', see: 'saw',
  sell: 'sold', send: 'sent', set: 'set', shoot: 'shot', speak: 'spoke', speed: 'sped', spend: 'spent', split: 'split',
  stand: 'stood', take: 'took', teach: 'taught', undertake: 'undertook', understand: 'understood', uphold: 'upheld',
  win: 'won', wind: 'wound', withdraw: 'withdrew', write: 'wrote',
};

const PAST_OF_IRREGULAR = new Map(Object.entries(IRREGULAR_VERBS).map(([plain, past]) => [past, plain]));

/** Two-syllable verbs stressed on the last syllable double their final consonant ("committed", "controlled"). */
const STRESSED_LAST = new Set(['admit', 'commit', 'compel', 'control', 'deter', 'embed', 'equip', 'expel', 'occur', 'omit', 'patrol', 'permit', 'prefer', 'propel', 'rebut', 'refer', 'regret', 'submit', 'transfer', 'transmit']);

const syllables = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;

/** One vowel before one final consonant, in a stressed last syllable: "plan" → "planned", but "develop" → "developed". */
function doublesConsonant(plain: string): boolean {
  return /(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/.test(plain) && (syllables(plain) === 1 || STRESSED_LAST.has(plain));
}

/** The past tense of a verb's plain form. */
export function pastOf(plain: string): string {
  const word = plain.toLowerCase();
  const irregular = IRREGULAR_VERBS[word];
  if (irregular) return irregular;
  if (word.endsWith('e')) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  if (doublesConsonant(word)) return `${word}${word.at(-1)}ed`;
  return `${word}ed`;
}

/**
 * The plain forms a word may come from by the regular rules, most likely first: "managing" gives "manage"
 * before "manag"; "planned" gives "plan". The caller keeps the first it knows to be a verb.
 */
function plainCandidates(stem: string): string[] {
  const candidates: string[] = [];
  const doubled = /([b-df-hj-np-tvz])\1$/.exec(stem);
  if (doubled) candidates.push(stem.slice(0, -1));
  candidates.push(`${stem}e`, stem);
  return candidates;
}

/**
 * The plain form of a verb in any of its forms ("built", "leads", "maintaining", "unified"), when `isVerb`
 * confirms one; null when the word is no form of a verb it knows.
 */
export function plainOf(word: string, isVerb: (plain: string) => boolean): string | null {
  const lower = word.toLowerCase();
  const irregular = PAST_OF_IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (IRREGULAR_VERBS[lower] !== undefined) return lower;
  const candidates: string[] = [];
  if (lower.endsWith('ied')) candidates.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('ed')) candidates.push(...plainCandidates(lower.slice(0, -2)));
  else if (lower.endsWith('ing')) candidates.push(...plainCandidates(lower.slice(0, -3)));
  else if (lower.endsWith('ies')) candidates.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('es')) candidates.push(lower.slice(0, -2), lower.slice(0, -1));
  else if (lower.endsWith('s')) candidates.push(lower.slice(0, -1));
  candidates.push(lower);
  // "Lower" is a plain form, but also a past participle would not be: keep the first candidate the caller knows.
  return candidates.find((candidate) => candidate.length > 1 && isVerb(candidate)) ?? null;
}

export type Tense = 'past' | 'present' | 'gerund';

/** The tense a form of a verb is in, by its ending: "built"/"led"/"fixed" past, "leading" gerund, "lead"/"leads" present. */
export function tenseOf(word: string, plain: string): Tense {
  const lower = word.toLowerCase();
  if (lower === plain) return IRREGULAR_VERBS[plain] === plain ? 'past' : 'present';
  if (PAST_OF_IRREGULAR.has(lower) || lower.endsWith('ed')) return 'past';
  if (lower.endsWith('ing')) return 'gerund';
  return 'present';
}

/** `word` written with the capitalisation of `like`: "built" like "Build" is "Built". */
export function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;
}
