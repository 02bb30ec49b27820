import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightCacheChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Installs Debian's Chromium when this process may (root with apt-get); browser downloads are blocked here. */
function installDebianChromium(): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
  const apt = (args: string[]) =>
    execFileSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
  return existsSync(DEBIAN_CHROMIUM);
}

/**
 * The Chromium the e2e tests drive: $CHROMIUM_PATH, else Debian's, else Playwright's cache, else Debian's
 * installed now. Stops with one line saying what to do when none can be had.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const cached = playwrightCacheChromium();
  if (cached) return cached;
  if (installDebianChromium()) return DEBIAN_CHROMIUM;
  throw new Error(
    'No Chromium for the e2e tests: install one (as root: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
  );
}
