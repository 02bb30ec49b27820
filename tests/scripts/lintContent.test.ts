import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintLibrary } from '../../scripts/lintContent.ts';
import { scaffoldGuide } from '../../scripts/newGuide.ts';
import { contentLibrary, editContent, removeContentLibraries } from './contentLibraryFixture.ts';

afterEach(removeContentLibraries);

const TODAY = new Date('2026-11-30T12:00:00Z');
const ACME = 'guides/acme/backend-developer.mdx';
const messages = (content: string) => lintLibrary(content, TODAY).problems.map((problem) => `${problem.file.slice(content.length + 1)}: ${problem.field}: ${problem.message}`);

describe('npm run lint:content', () => {
  // The whole library, with a git call per guide and every guide's phrases compared: seconds on CI's 2 cores.
  it('passes the real library', () => {
    expect(lintLibrary(join(import.meta.dirname, '../../content')).problems).toEqual([]);
  }, 60_000);

  it('passes a library written to the rules', () => {
    expect(messages(contentLibrary())).toEqual([]);
  });

  it('names the file and field of a schema error, with a "did you mean"', () => {
    const content = contentLibrary();
    editContent(content, ACME, (text) => text.replace('terms: [Rust]', 'terms: [Rsut]').replace(/^description: .*$/m, `description: ${'Too long. '.repeat(20)}`));
    const found = messages(content);
    expect(found).toContainEqual(expect.stringMatching(/^guides\/acme\/backend-developer\.mdx: keywords\.\d+\.terms\.0: unknown skill "Rsut".*Did you mean "Rust"\?/));
    expect(found).toContainEqual(expect.stringMatching(/backend-developer\.mdx: description: must be at most 160 characters/));
  });

  describe('sources', () => {
    it('refuses a citation that names no source, and a source nothing cites', () => {
      const content = contentLibrary();
      editContent(content, ACME, (text) => text.replace(' [@acme-blog]', ' [@acme-blgo]'));
      editContent(content, ACME, (text) => text.replace(/ \[@acme-blog\]/g, ' [@acme-careers]'));
      const found = messages(content);
      expect(found).toContainEqual(expect.stringMatching(/^guides\/acme\/backend-developer\.mdx: body: About the role: \[@acme-blgo\] names no source/));
      expect(found).toContainEqual(expect.stringMatching(/backend-developer\.mdx: sources\.0: "acme-blog" is cited nowhere/));
    });

    it('asks every paragraph about the company, and every FAQ answer naming it, to cite a source', () => {
      const content = contentLibrary();
      editContent(content, ACME, (text) => text.replace(/ \[@acme-careers\]\n$/, '\n'));
      editContent(content, ACME, (text) => text.replace(/(\n {4}answer: )(.*)\n/, '$1At Acme the loop takes two weeks and ends with a panel. $2\n'));
      const found = messages(content);
      expect(found).toContainEqual(expect.stringMatching(/^guides\/acme\/backend-developer\.mdx: body: The interview: ".*" states company-specific facts without a source/));
      expect(found).toContainEqual(expect.stringMatching(/backend-developer\.mdx: faq\.0\.answer: "At Acme the loop takes two weeks.*" states company-specific facts without a source/));
    });

    it('takes candidate reports only from a named review platform, named where they are cited', () => {
      const content = contentLibrary();
      const review = (id: string, url: string) => `  - id: ${id}\n    kind: review\n    title: Interview reports\n    url: ${url}\n`;
      editContent(content, ACME, (text) =>
        text
          .replace('sources:\n', `sources:\n${review('reports-forum', 'https://interview-stories.example/acme')}${review('reports-glassdoor', 'https://www.glassdoor.co.uk/Interview/Acme')}`)
          .replace(/(## The interview\n\n)/, '$1Most offers arrive within three to five weeks [@reports-glassdoor]. Others say two [@reports-forum]. '),
      );
      const found = messages(content);
      expect(found).toContainEqual(expect.stringMatching(/sources\.0\.url: interview-stories\.example is not a review platform we cite/));
      expect(found).toContainEqual(expect.stringMatching(/body: The interview: "Most offers arrive within three to five weeks.*" cites candidate reports \[@reports-glassdoor\] without saying so: name Glassdoor/));
    });

    it('refuses document uploads and mirrors, and company pages on hosts the company does not publish on', () => {
      const content = contentLibrary();
      editContent(content, ACME, (text) =>
        text
          .replace('url: https://acme-engineering.example/posts/queues', 'url: https://www.slideshare.net/someone/acme-interview-prep')
          .replace('sources:\n', 'sources:\n  - id: acme-talk\n    kind: company\n    title: Acme at a conference\n    url: https://conference.example/acme-talk\n')
          .replace('## Resume strategy\n\n', '## Resume strategy\n\nAcme spoke about queues in public [@acme-talk]. '),
      );
      const found = messages(content);
      expect(found).toContainEqual(expect.stringMatching(/sources\.1\.url: slideshare\.net is a document-sharing upload/));
      expect(found).toContainEqual(expect.stringMatching(/sources\.0\.url: conference\.example is not one of the company's hosts/));
    });
  });

  describe('keyword evidence', () => {
    it('needs three postings, required keywords in half of them, and a posting or a source behind every keyword', () => {
      const content = contentLibrary();
      editContent(content, ACME, (text) =>
        text
          .replace(/ {2}- id: acme-posting-3\n(?: {4}.*\n)+/, '')
          .replace(/(label: GraphQL\n {4}terms: \[GraphQL\]\n {4}importance:) preferred/, '$1 required')
          .replace(/asks: \[(.*), GraphQL\]/, 'asks: [$1]'),
      );
      const found = messages(content);
      expect(found).toContainEqual(expect.stringMatching(/^guides\/acme\/backend-developer\.mdx: sources: 2 postings read; record at least 3/));
      expect(found).toContainEqual(expect.stringMatching(/keywords\.7\.importance: "GraphQL" is required but 0 of 2 postings ask for it/));
      expect(found).toContainEqual(expect.stringMatching(/keywords\.\d+: no posting read asks for "GraphQL" and no evidence backs it/));
    });

    it('accepts a keyword no posting names when a source shows the company uses it', () => {
      const content = contentLibrary();
      editContent(content, ACME, (text) => text.replace(/asks: \[(.*), GraphQL\]/, 'asks: [$1]').replace(/(label: GraphQL\n(?: {4}.*\n)*? {4}advice: .*\n)/, '$1    evidence: [acme-blog]\n'));
      expect(messages(content)).toEqual([]);
    });

    it('lists in the company stack only what its guides\' postings name', () => {
      const content = contentLibrary();
      editContent(content, 'companies/acme.yaml', (text) => text.replace(/^stack: \[(.*)\]$/m, 'stack: [$1, Haskell]'));
      expect(messages(content)).toContainEqual('companies/acme.yaml: stack.2: no posting the company\'s guides read names "Haskell": the stack lists what its postings ask for');
    });
  });

  describe('substance', () => {
    it('refuses a sentence said twice, even reworded, and a section with fewer than four things to say', () => {
      const content = contentLibrary();
      editContent(content, ACME, (text) => {
        const strategy = /## Resume strategy\n\n(.*)\n/.exec(text)![1]!;
        const first = strategy.split('. ')[0]!;
        const reworded = `${first.split(' ').slice(0, -1).join(' ')} anyway`;
        return text.replace(/## About the role\n\n/, `## About the role\n\n${reworded}. `).replace(/(## The interview\n\n)(.*)\n/, `$1${first}. ${first}. ${first}. [@acme-careers]\n`);
      });
      const found = messages(content);
      expect(found).toContainEqual(expect.stringMatching(/body: About the role: ".*" repeats body: Resume strategy/));
      expect(found).toContainEqual('guides/acme/backend-developer.mdx: body: The interview: 1 distinct sentences; a section says at least 4 different things');
    });

    it('refuses an FAQ answer that retells a section', () => {
      const content = contentLibrary();
      editContent(content, ACME, (text) => {
        const section = /## What hiring managers look for\n\n(.*)\n/.exec(text)![1]!;
        const words = section.replace(/\[@[^\]]+\]|\./g, '').split(' ').filter(Boolean);
        return text.replace(/(\n {4}answer: ).*\n/, `$1${words.slice(0, 20).reverse().join(' ')}.\n`);
      });
      expect(messages(content)).toContainEqual(expect.stringMatching(/faq\.0\.answer: \d+% of its words come from "## What hiring managers look for"/));
    });

    it('finds phrasing shared across guides: template frames and copied paragraphs', () => {
      const content = contentLibrary();
      const frame = 'Put the systems you owned above the tools you touched.';
      for (const id of ['acme', 'globex', 'initech']) editContent(content, `guides/${id}/backend-developer.mdx`, (text) => text.replace('## Resume strategy\n\n', `## Resume strategy\n\n${frame} `));
      const copied = /## About the role\n\n(.*)\n/.exec(readFileSync(join(content, ACME), 'utf8'))![1]!;
      editContent(content, 'guides/globex/backend-developer.mdx', (text) => text.replace(/## About the role\n\n.*\n/, `## About the role\n\n${copied.replaceAll('acme-blog', 'globex-blog')}\n`));
      const found = messages(content);
      expect(found).toContainEqual(expect.stringMatching(/^guides\/acme\/backend-developer\.mdx: prose: "put the systems you owned above" is a template frame: 3 guides use it/));
      expect(found).toContainEqual(expect.stringMatching(/^guides\/globex\/backend-developer\.mdx: prose: \d+\.\d% of its 5-word phrases are in other guides/));
      expect(found).toContainEqual(expect.stringMatching(/^guides\/globex\/backend-developer\.mdx: body: About the role: ".*" is a sentence of acme\/backend-developer \(body: About the role\)/));
    });
  });

  describe('dates', () => {
    const git = (cwd: string, args: string[], date = '2026-11-25T10:00:00Z') =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'ignore' });

    it('holds updated to the file\'s last change, and reviewed to on or after updated', () => {
      const content = contentLibrary();
      git(content, ['init', '-q']);
      git(content, ['add', '.']);
      git(content, ['commit', '-qm', 'library']);
      editContent(content, 'guides/globex/backend-developer.mdx', (text) => text.replace('reviewed: 2026-11-21', 'reviewed: 2026-11-19'));
      const found = messages(content);
      expect(found).toContainEqual('guides/acme/backend-developer.mdx: updated: says 2026-11-20, but the file changed on 2026-11-25: set updated (and reviewed, once checked) to the day the content changed');
      expect(found).toContainEqual(expect.stringMatching(/globex\/backend-developer\.mdx: updated: says 2026-11-20, but the file changed on 2026-11-30/));
      expect(found).toContainEqual(expect.stringMatching(/globex\/backend-developer\.mdx: reviewed: 2026-11-19 is before updated \(2026-11-20\)/));
    });

    it('says when history cannot date the files, instead of guessing', () => {
      expect(lintLibrary(contentLibrary(), TODAY).historyNote).toBe('not a git checkout');
    });
  });

  it('refuses the filler guide: a scaffold whose every DRAFT text became one repeated sentence', () => {
    const content = contentLibrary();
    scaffoldGuide(content, 'Umbrella', 'Backend Developer');
    // As long as the schemas want, and distinct questions where questions must be: what slipped past the old lint.
    const filler = 'Umbrella hires great engineers who care deeply about their craft and about the customers they serve.';
    let question = 0;
    for (const path of ['companies/umbrella.yaml', 'guides/umbrella/backend-developer.mdx']) {
      editContent(content, path, (text) =>
        text
          .replace(/DRAFT:[^"\n]*?(?=( \[@|"|\n))/g, (draft) => (draft.endsWith('?') ? `What does Umbrella look for, part ${++question}?` : filler))
          .replace(/https:\/\/example\.com/g, 'https://umbrella.example'),
      );
    }
    const found = messages(content).filter((line) => line.includes('umbrella'));
    expect(found.join('\n')).not.toMatch(/draft text left/);
    expect(found).toContainEqual(expect.stringMatching(/^guides\/umbrella\/backend-developer\.mdx: .*repeats/));
    expect(found).toContainEqual(expect.stringMatching(/body: Resume strategy: 1 distinct sentences/));
    expect(found).toContainEqual(expect.stringMatching(/keywords\.0\.unverified: ".*" is a starter keyword from other guides/));
    expect(found).toContainEqual(expect.stringMatching(/keywords\.\d+\.importance: ".*" is required, but no posting was read/));
    expect(found).toContainEqual(expect.stringMatching(/keywords\.\d+: no posting read asks for ".*" and no evidence backs it/));
    expect(found).toContainEqual(expect.stringMatching(/^companies\/umbrella\.yaml: stack\.0: no posting the company's guides read names "Git"/));
  });

  it('finds the DRAFT marks the scaffold leaves on values that must stay valid, such as stack and region', () => {
    const content = contentLibrary();
    scaffoldGuide(content, 'Umbrella', 'Backend Developer');
    const found = messages(content);
    expect(found).toContainEqual(expect.stringMatching(/^companies\/umbrella\.yaml: line \d+: draft text left from new:guide: - Git # DRAFT:/));
    expect(found).toContainEqual(expect.stringMatching(/^guides\/umbrella\/backend-developer\.mdx: line \d+: draft text left from new:guide: region: US # DRAFT:/));
  });
});
