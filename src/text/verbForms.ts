/**
 * The forms of an English verb a resume writes it in: plain, third person, past and present participle
 * ("tune", "tunes", "tuned", "tuning"; "plan", "planned", "planning"; "index", "indexes", "indexed"). Regular
 * endings only: an irregular verb is listed in its own forms by whoever needs it ("rewrite", "rewrote").
 * Where the doubled consonant depends on stress ("planned" but "developed"), both spellings are given: a
 * spelling nobody writes matches nothing. The plain form comes first, then the third person.
 */
export function verbForms(verb: string): string[] {
  const base = verb.toLowerCase();
  const forms = new Set([base]);
  const consonantY = /[^aeiou]y$/.test(base);
  forms.add(/(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`);
  if (base.endsWith('e')) {
    forms.add(`${base}d`);
    forms.add(base.endsWith('ee') || base.endsWith('ye') || base.endsWith('oe') ? `${base}ing` : `${base.slice(0, -1)}ing`);
  } else if (consonantY) {
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    forms.add(`${base}ed`);
    forms.add(`${base}ing`);
    // One vowel before one final consonant: "plan" → "planned", "split" → "splitting".
    if (/(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/.test(base)) {
      const last = base.at(-1)!;
      forms.add(`${base}${last}ed`);
      forms.add(`${base}${last}ing`);
    }
  }
  return [...forms];
}
