import { describe, expect, it } from 'vitest';
import { readContact } from '../../src/scorer/readContact.ts';
import { readResume } from '../../src/scorer/readResume.ts';
import { scoreStructure } from '../../src/scorer/scoreStructure.ts';

/** A header on its own: the whole text is the header, as when a test resume has no sections. */
function contact(header: string, region = 'US') {
  return readContact(header, header, region);
}

describe('one-line headers', () => {
  it.each([
    ['·', 'Jane Doe · jane.doe@gmail.com · +44 7700 900123 · linkedin.com/in/janedoe · janedoe.dev'],
    ['|', 'Jane Doe | jane.doe@gmail.com | +44 7700 900123 | linkedin.com/in/janedoe | janedoe.dev'],
    ['•', 'Jane Doe • jane.doe@gmail.com • +44 7700 900123 • linkedin.com/in/janedoe • janedoe.dev'],
  ])('reads every detail between "%s" separators', (_separator, header) => {
    expect(contact(header)).toEqual({
      name: 'Jane Doe',
      email: 'jane.doe@gmail.com',
      phone: '+44 7700 900123',
      linkedin: 'linkedin.com/in/janedoe',
      github: null,
      portfolio: 'janedoe.dev',
      location: null,
      wrapped: [],
    });
  });

  it('reads a name line followed by a details line', () => {
    const header = 'Sam Lee\nSan Francisco, CA | (415) 555-0132 | sam@lee.dev | github.com/samlee';
    expect(contact(header)).toMatchObject({ name: 'Sam Lee', phone: '(415) 555-0132', email: 'sam@lee.dev', github: 'github.com/samlee', location: 'San Francisco, CA', portfolio: null });
  });
});

describe('places written in any alphabet', () => {
  it.each([
    ['São Paulo, Brasil', 'Ana Souza\nSão Paulo, Brasil · ana@souza.com.br'],
    ['Zürich, Schweiz', 'Lukas Meier\nlukas@meier.ch | Zürich, Schweiz'],
    ['Łódź, Polska', 'Ola Nowak\nŁódź, Polska · ola@nowak.pl'],
    ['Örebro, Sweden', 'Eva Lind · Örebro, Sweden · eva@lind.se'],
  ])('reads %s whole', (place, header) => {
    expect(contact(header).location).toBe(place);
  });
});

describe('stacked sidebar lines', () => {
  const sidebar = ['MARIA DE LA CRUZ', 'Senior Data Engineer', 'maria.cruz@outlook.com', '+61 412 345 678', 'Sydney, Australia', 'https://www.linkedin.com/in/maria-cruz/', 'https://github.com/mcruz', 'https://mariacruz.io/projects'].join('\n');

  it('reads each detail from its own line', () => {
    expect(contact(sidebar, 'AU')).toEqual({
      name: 'MARIA DE LA CRUZ',
      email: 'maria.cruz@outlook.com',
      phone: '+61 412 345 678',
      linkedin: 'https://www.linkedin.com/in/maria-cruz/',
      github: 'https://github.com/mcruz',
      portfolio: 'https://mariacruz.io/projects',
      location: 'Sydney, Australia',
      wrapped: [],
    });
  });

  it('reads details indented under icons that extraction turned into spaces', () => {
    expect(contact('Jane Doe\n   jane@doe.dev  \n   +49 30 12345678\n   github.com/janedoe/', 'DE')).toMatchObject({ email: 'jane@doe.dev', phone: '+49 30 12345678', github: 'github.com/janedoe', wrapped: [] });
  });
});

describe('names', () => {
  it.each(["Grace O'Donnell, RN", 'Tomás Ruiz, PharmD', 'Ada Obi, CPA, CFA'])('reads "%s" without the credentials after it', (line) => {
    expect(contact(`${line}\nada@obi.ng`).name).toBe(line.split(',')[0]);
  });

  it.each([
    ['Jane Doe\njane@doe.dev', 'Jane Doe'],
    ["Seán O'Neil-Byrne\njane@doe.dev", "Seán O'Neil-Byrne"],
    ['Jane A. Doe, PhD\njane@doe.dev', 'Jane A. Doe'],
    ['Ludwig van Beethoven | ludwig@bonn.de', 'Ludwig van Beethoven'],
    ['Jane Doe – Backend Engineer\njane@doe.dev', 'Jane Doe'],
    ['Curriculum Vitae\nJane Doe\njane@doe.dev', 'Jane Doe'],
    ['Senior Backend Engineer\nJane Doe', 'Jane Doe'],
  ])('reads the name in %j as %s', (header, name) => {
    expect(contact(header).name).toBe(name);
  });

  it.each([
    ['a job title', 'Senior Software Engineer\njane@doe.dev'],
    ['a single word', 'Jane\njane@doe.dev'],
    ['a section heading', 'Professional Experience\nAcme'],
    ['a line with digits', 'Jane Doe 2\njane@doe.dev'],
    ['an email', 'jane@doe.dev'],
    ['a sentence', 'Backend engineer building payment systems'],
    ['a place with its region', 'San Francisco, CA\njane@doe.dev'],
    ['a name below the opening lines', 'jane@doe.dev\n+1 415 555 0132\nRemote\nJane Doe'],
  ])('reads no name from %s', (_kind, header) => {
    expect(contact(header).name).toBeNull();
  });
});

describe('emails and URLs wrapped by a narrow column', () => {
  it.each([
    ['an email cut in its ending', 'jane.doe@gmail.co\nm', 'jane.doe@gmail.com'],
    ['an email cut after the dot', 'jane.doe@gmail.\ncom', 'jane.doe@gmail.com'],
    ['an email cut before the dot', 'jane.doe@gmail\n.com', 'jane.doe@gmail.com'],
    ['an email cut after the "@"', 'jane.doe@\ngmail.com', 'jane.doe@gmail.com'],
    ['an email cut at a hyphen in the domain', 'jane@mail-\nexample.org', 'jane@mail-example.org'],
    ['an email with trailing spaces and an indented second line', 'jane.doe@gmail.co  \n  m', 'jane.doe@gmail.com'],
  ])('rejoins %s', (_kind, header, email) => {
    expect(contact(`Jane Doe\n${header}\nBerlin, Germany`)).toMatchObject({ email, wrapped: [email] });
  });

  it.each([
    ['a LinkedIn URL cut at a hyphen', 'linkedin.com/in/jane-\ndoe-123', { linkedin: 'linkedin.com/in/jane-doe-123' }],
    ['a LinkedIn URL cut after "in/"', 'https://www.linkedin.com/in/\njanedoe', { linkedin: 'https://www.linkedin.com/in/janedoe' }],
    ['a LinkedIn URL cut before "in/"', 'linkedin.com/\nin/janedoe', { linkedin: 'linkedin.com/in/janedoe' }],
    ['a GitHub URL cut after the host', 'github.com/\njanedoe', { github: 'github.com/janedoe' }],
    ['a site cut in its path', 'https://janedoe.dev/work/\nbackend', { portfolio: 'https://janedoe.dev/work/backend' }],
    ['a site cut in its ending', 'janedoe.de\nv', { portfolio: 'janedoe.dev' }],
  ])('rejoins %s', (_kind, lines, expected) => {
    const read = contact(`Jane Doe\n${lines}`);
    expect(read).toMatchObject(expected);
    expect(read.wrapped).toEqual(Object.values(expected));
  });

  it('does not take the rest of a wrapped email for a personal site', () => {
    expect(contact('Jane Doe\njane.doe@\ngmail.com')).toMatchObject({ email: 'jane.doe@gmail.com', portfolio: null });
  });

  it.each([
    ['an email whose next line is the next detail', 'jane@doe.co\nmadrid', { email: 'jane@doe.co' }],
    ['an email whose ending is already generic', 'jane@doe.com\nm', { email: 'jane@doe.com' }],
    ['an email followed by a capitalised place', 'jane@doe.io\nBerlin', { email: 'jane@doe.io' }],
    ['a whole LinkedIn URL followed by GitHub', 'linkedin.com/in/janedoe/\ngithub.com/janedoe', { linkedin: 'linkedin.com/in/janedoe/', github: 'github.com/janedoe' }],
    ['a LinkedIn URL cut at a hyphen before a capitalised place', 'linkedin.com/in/jane-doe\nBerlin, Germany', { linkedin: 'linkedin.com/in/jane-doe' }],
    ['an email followed by a phone line', 'jane@doe.de\n+49 30 12345678', { email: 'jane@doe.de' }],
    ['a site with a root slash followed by GitHub', 'https://janedoe.dev/\ngithub.com/janedoe', { portfolio: 'https://janedoe.dev/', github: 'github.com/janedoe' }],
    ['a site with a root slash followed by a place', 'janedoe.dev/\nBerlin, Germany', { portfolio: 'janedoe.dev/', location: 'Berlin, Germany' }],
  ])('leaves whole %s alone', (_kind, lines, expected) => {
    expect(contact(`Jane Doe\n${lines}`)).toMatchObject({ ...expected, wrapped: [] });
  });
});

describe('phone numbers', () => {
  it.each([
    ['+44 7700 900123', 'US'],
    ['+49 (0)30 1234 5678', 'US'],
    ['+33 6 12 34 56 78', 'US'],
    ['+61 412 345 678', 'US'],
    ['+91 98765 43210', 'US'],
    ['0049 30 12345678', 'US'],
    ['00 44 7700 900123', 'US'],
    ['0049 30 12345678', 'DE'],
    ['030 12345678', 'DE'],
    ['06 12 34 56 78', 'FR'],
    ['0412 345 678', 'AU'],
    ['098765 43210', 'IN'],
    ['(415) 555-0132', 'US'],
    ['415.555.0132', 'US'],
    ['415-555-0132', 'US'],
    ['415 555 0012', 'US'],
    ['+44 20 7946 0012', 'US'],
    ['+1 (555) 010-0199', 'GB'],
  ])('reads %s (region %s)', (phone, region) => {
    expect(contact(`Jane Doe\nBerlin, Germany · ${phone} · jane@doe.dev`, region).phone).toBe(phone);
  });

  it('reads a phone after a postcode on the same line', () => {
    expect(contact('Jane Doe\nTorstraße 1, 10115 Berlin · +49 30 12345678', 'DE').phone).toBe('+49 30 12345678');
  });

  it.each(['US', 'DE', 'GB', 'FR', 'IN'])('reads no phone from near-misses (region %s)', (region) => {
    const lines = [
      'Jane Doe',
      'Acme GmbH, 2019–2023',
      'Acme GmbH 2019-2023',
      'Acme 01/2019 - 12/2023',
      '10115 Berlin',
      'San Francisco, CA 94103',
      'Released v2.3.1 of the SDK',
      'ISO 27001 certified',
      '99.99% uptime',
      'Jan 2019 – Dec 2023',
    ];
    expect(contact(lines.join('\n'), region).phone).toBeNull();
  });
});

describe('near-miss emails and sites', () => {
  it.each([
    ['a handle', 'Jane Doe\n@janedoe on Twitter'],
    ['a version and a standard', 'Jane Doe\nv2.3.1 · ISO 27001 · 99.99%'],
    ['an "@" with no domain', 'Jane Doe\nReach me @ the office'],
  ])('reads no email from %s', (_kind, header) => {
    expect(contact(header).email).toBeNull();
  });

  it('does not take skills that look like domains for a personal site', () => {
    expect(contact('Jane Doe\nNode.js · ASP.NET · Vue.js · v2.3.1 · e.g. 99.99%').portfolio).toBeNull();
  });

  it('takes neither LinkedIn, GitHub nor the email domain for a personal site', () => {
    expect(contact('Jane Doe\njane@doe.dev · www.linkedin.com/in/janedoe · https://github.com/janedoe').portfolio).toBeNull();
  });

  it.each([
    ['Portfolio: janedoe.com', 'janedoe.com'],
    ['Web:https://jane.doe.me/', 'https://jane.doe.me/'],
    ['(www.janedoe.co.uk)', 'www.janedoe.co.uk'],
  ])('reads the personal site in %j', (line, portfolio) => {
    expect(contact(`Jane Doe\n${line}`).portfolio).toBe(portfolio);
  });
});

describe('LinkedIn and GitHub forms', () => {
  it.each([
    'linkedin.com/in/janedoe',
    'www.linkedin.com/in/janedoe',
    'https://linkedin.com/in/janedoe/',
    'https://uk.linkedin.com/in/jane_doe-42',
  ])('reads %s', (url) => {
    expect(contact(`Jane Doe | ${url} | jane@doe.dev`).linkedin).toBe(url);
  });

  it('reads the profile path a LinkedIn icon left behind', () => {
    expect(contact('Jane Doe\njane@doe.dev | in/janedoe').linkedin).toBe('in/janedoe');
  });

  it('does not take a company page for a profile', () => {
    expect(contact('Jane Doe\nlinkedin.com/company/acme').linkedin).toBeNull();
  });

  it('reads a GitHub profile from a repository URL', () => {
    expect(contact('Jane Doe\nhttps://www.github.com/janedoe/ledger').github).toBe('https://www.github.com/janedoe');
  });
});

describe('in a whole resume', () => {
  it('reads the header details only from the header and reports the wrapped email', () => {
    const resume = 'Jane Doe\njane.doe@gmail.co\nm\n+44 7700 900123\n\nExperience\nEngineer, Acme — 2019 – 2023\n• Built things for acme.com clients';
    expect(readResume(resume, { region: 'GB' }).contact).toEqual({
      name: 'Jane Doe',
      email: 'jane.doe@gmail.com',
      phone: '+44 7700 900123',
      linkedin: null,
      github: null,
      portfolio: null,
      location: null,
      wrapped: ['jane.doe@gmail.com'],
    });
  });

  it('warns that the wrapped email may be read cut off, without taking its points', () => {
    const wrapped = scoreStructure(readResume('Jane Doe\njane.doe@gmail.co\nm\n\nExperience\n• Built things'), undefined);
    const whole = scoreStructure(readResume('Jane Doe\njane.doe@gmail.com\n\nExperience\n• Built things'), undefined);
    expect(wrapped.points).toBe(whole.points);
    expect(wrapped.findings).toContainEqual({
      rule: 'contact-details',
      severity: 'warning',
      message: 'Your email jane.doe@gmail.com wraps across two lines: some ATS will read it cut off.',
      fix: 'Keep the email on one line: widen the column, shrink its font a little, or move it to a full-width header.',
    });
    expect(whole.findings.some((finding) => finding.message.includes('wraps'))).toBe(false);
  });

  it('reads a 90 KB run of address-like characters in linear time', () => {
    const hostile = `${'a.'.repeat(15_000)}\n${'@-.'.repeat(10_000)}\n${'in/x '.repeat(6_000)}\n${'github.com/'.repeat(3_000)}`;
    const started = performance.now();
    contact(hostile);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
