// The lesson in learning platforms, against real run-times: the SCORM 1.2 package framed by a page
// whose API is scorm-again's Scorm12API, the H5P package played by h5p-standalone, and the app
// reopened offline by its service worker.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { jumpToEnd } from './page';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The LMS's page: scorm-again's run-time, nothing else (the test makes the API and the frame). */
const LMS_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title><script src="/vendor/scorm12.min.js"></script></head><body></body></html>';
const H5P_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>H5P host</title><script src="/player/main.bundle.js"></script></head><body><div id="h5p"></div></body></html>';

let browser: Browser;
const servers: Server[] = [];
let site = '';
let folder = '';

/** The LMS's and the H5P host's pages, and the run-times they load from node_modules. */
const HOST_FILES: Record<string, string> = {
  '/lms.html': LMS_PAGE,
  '/h5p.html': H5P_PAGE,
};
const RUNTIMES: Record<string, string> = {
  '/vendor/scorm12.min.js': 'node_modules/scorm-again/dist/scorm12.min.js',
  '/player/main.bundle.js': 'node_modules/h5p-standalone/dist/main.bundle.js',
  '/player/frame.bundle.js': 'node_modules/h5p-standalone/dist/frame.bundle.js',
  '/player/styles/h5p.css': 'node_modules/h5p-standalone/dist/styles/h5p.css',
};

/** Serves `root` (and, for the platforms, their pages and run-times) from 127.0.0.1: a plain static host. */
function serve(
  root: string,
  pages: Record<string, string> = {},
  runtimes: Record<string, string> = {},
): Promise<string> {
  const server = createServer((request, response) => {
    const asked = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const path = asked.endsWith('/') ? `${asked}index.html` : asked;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    try {
      const body = pages[path] ?? readFileSync(runtimes[path] ?? join(root, path));
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    }),
  );
}

/** Unzips a package as a platform would on import. */
function unzipInto(zip: string, into: string) {
  for (const [path, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(into, path)), { recursive: true });
    writeFileSync(join(into, path), data);
  }
}

/**
 * The packages' lesson: it plays quickly and on its own; the questions stay (the default lesson has
 * them). scripts/test.mjs builds its packages with the same flags.
 */
const TEST_LESSON_FLAGS = ['--speed=20', '--pace=auto'];
const PACKAGES = ['email-journey-scorm12.zip', 'email-journey.h5p'];

/**
 * The packages to test: the ones `npm test` built beside the app in its build stage (folder in
 * EJ_LMS_PACKAGES), or, when this file runs on its own, built here.
 */
async function packagesInto(into: string) {
  const built = process.env.EJ_LMS_PACKAGES;
  if (built && PACKAGES.every((name) => existsSync(join(built, name)))) {
    for (const name of PACKAGES) cpSync(join(built, name), join(into, name));
    return;
  }
  await promisify(execFile)('node', ['scripts/package.mjs', ...TEST_LESSON_FLAGS, `--out=${into}`]);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'email-journey-lms-'));
  await packagesInto(folder);
  unzipInto(join(folder, 'email-journey-scorm12.zip'), join(folder, 'scorm'));
  unzipInto(join(folder, 'email-journey.h5p'), join(folder, 'h5p'));
  site = await serve(folder, HOST_FILES, RUNTIMES);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  if (folder) rmSync(folder, { recursive: true, force: true });
});

interface Cmi {
  core: {
    lesson_status: string;
    lesson_location: string;
    exit: string;
    score: { raw: string; min: string; max: string };
  };
  suspend_data: string;
  interactions: Record<string, { id: string; type: string; result: string; student_response: string }>;
}

type Window12 = Window & {
  API: { renderCommitCMI(terminate: boolean): { cmi: Cmi }; loadFromJSON(json: unknown, element: string): void };
  Scorm12API: new (settings: unknown) => Window12['API'];
};

/**
 * A page for a lesson that plays: the learner there asks for reduced motion, so the envelope steps
 * from place to place instead of gliding. Drawing the glide, frame after frame, is most of what a
 * playing lesson costs the machine; the steps, the questions and what the platform is told are the
 * same either way.
 */
async function lessonPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

/** What the LMS stores, read from its run-time. */
const stored = (page: Page): Promise<Cmi> =>
  page.evaluate(() => (window as unknown as Window12).API.renderCommitCMI(true).cmi);

/** The LMS's page with a new Scorm12API (holding `saved`, as an LMS keeps a learner's data) framing the SCO. */
async function launchSco(saved: unknown = null): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await lessonPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // The SCO's page keeps the app's strict CSP: any violation, in any frame, is an error here.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`${site}/lms.html`);
  await page.evaluate((cmi) => {
    const win = window as unknown as Window12;
    win.API = new win.Scorm12API({ autocommit: false, logLevel: 5 });
    if (cmi) win.API.loadFromJSON(cmi, 'cmi');
    const frame = document.createElement('iframe');
    Object.assign(frame, { id: 'sco', src: '/scorm/index.html', width: '1200', height: '950', title: 'Lesson' });
    document.body.append(frame);
  }, saved);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  if (!frame) throw new Error('the SCO frame did not open');
  await frame.waitForSelector('email-journey [data-node]');
  return { page, frame, errors };
}

/** Calls one of the element's documented commands. */
const command = (frame: Frame, name: 'send' | 'play' | 'pause') =>
  frame.evaluate(async (n) => {
    await customElements.whenDefined('email-journey');
    (document.querySelector('email-journey') as unknown as Record<string, () => void>)[n]!();
  }, name);

const ended = (frame: Frame) => frame.waitForSelector('email-journey .ej[data-status="finished"]', { timeout: 30_000 });
const stepShown = async (frame: Frame) => Number(await frame.getAttribute('email-journey .ej', 'data-step'));

/**
 * Plays on, answering each question as it comes (first choice, then second, alternately), until the
 * journey ends or `questions` have been answered; returns the ids of the questions asked.
 */
async function playAnswering(frame: Frame, questions = Infinity): Promise<string[]> {
  const asked: string[] = [];
  while (asked.length < questions) {
    const next = await frame.waitForSelector(
      'email-journey .ej-checkpoint, email-journey .ej[data-status="finished"]',
      {
        timeout: 30_000,
      },
    );
    if ((await next.getAttribute('data-status')) === 'finished') break;
    const id = (await next.getAttribute('data-checkpoint')) ?? '';
    await frame.click(`email-journey .ej-checkpoint li:nth-child(${(asked.length % 2) + 1}) button`);
    await frame.waitForSelector('email-journey .ej-feedback');
    asked.push(id);
    await frame.click('email-journey .ej-checkpoint button.ej-primary');
    await frame.waitForSelector(`email-journey [data-checkpoint="${id}"].ej-checkpoint`, { state: 'detached' });
  }
  return asked;
}

describe('the packages as a platform imports them', () => {
  it('the SCORM zip has a SCORM 1.2 manifest with one SCO, its mastery score, and every file it lists', () => {
    const files = unzipSync(readFileSync(join(folder, 'email-journey-scorm12.zip')));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
    expect(manifest).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toContain('index.html');
    for (const file of listed) expect(files).toHaveProperty([file!]);
    // Relative URLs only: the lesson runs from wherever the platform unpacks it.
    const page = new TextDecoder().decode(files['index.html']);
    expect(page).not.toMatch(/(src|href)="\//);
  });

  it('the .h5p has h5p.json, the content and its own library with semantics and the app', () => {
    const files = unzipSync(readFileSync(join(folder, 'email-journey.h5p')));
    const json = (path: string) => JSON.parse(new TextDecoder().decode(files[path])) as Record<string, unknown>;
    expect(json('h5p.json')).toMatchObject({ mainLibrary: 'H5P.EmailJourney' });
    expect(json('content/content.json')).toMatchObject({ lesson: { checkpoints: true }, passPercentage: 60 });
    expect(json('H5P.EmailJourney-1.0/library.json')).toMatchObject({ machineName: 'H5P.EmailJourney', runnable: 1 });
    expect(Array.isArray(json('H5P.EmailJourney-1.0/semantics.json'))).toBe(true);
    expect(files).toHaveProperty(['H5P.EmailJourney-1.0/app/email-journey.js']);
    // H5P hosts accept only some kinds of files in a package.
    for (const path of Object.keys(files)) expect(path).toMatch(/\.(js|css|json|txt|svg)$/);
  });
});

/** One lesson in an LMS over two sessions: what the LMS kept after each, and what the learner was asked. */
interface TwoSessions {
  /** The status the LMS has for a learner who just opened the lesson. */
  opened: string;
  /** The questions asked before the frame was closed, and the step it was closed at. */
  before: string[];
  step: number;
  /** What the LMS kept when the frame was closed. */
  left: Cmi;
  /** The step the relaunched lesson opened at, the questions it asked, and what the LMS kept at its end. */
  reopenedAt: number;
  after: string[];
  resumed: Cmi;
  /** The recap's score and each earlier question's result in it. */
  recap: string | null;
  recapResults: (string | null)[];
  errors: string[];
}

/**
 * A learner answers the first question, closes the frame, and finishes the lesson in a relaunch,
 * answering every question left. Played once for the tests below: a lesson in one session asks the
 * same questions and reports them the same way, and playing a whole lesson is the most costly thing
 * these tests do.
 */
async function playInTwoSessions(): Promise<TwoSessions> {
  const first = await launchSco();
  const opened = (await stored(first.page)).core.lesson_status;
  await command(first.frame, 'send');
  const before = await playAnswering(first.frame, 1);
  await command(first.frame, 'pause');
  const step = await stepShown(first.frame);
  await expect.poll(async () => (await stored(first.page)).core.lesson_location).toBe(String(step));
  await first.page.evaluate(() => document.getElementById('sco')?.remove());
  await expect.poll(async () => (await stored(first.page)).core.exit).toBe('suspend');
  const left = await stored(first.page);
  await first.page.close();

  // The LMS relaunches with what it kept, and says the learner resumes.
  const saved = {
    core: { lesson_status: left.core.lesson_status, lesson_location: left.core.lesson_location, entry: 'resume' },
    suspend_data: left.suspend_data,
  };
  const second = await launchSco(saved);
  await expect.poll(() => stepShown(second.frame)).toBe(step);
  const reopenedAt = await stepShown(second.frame);
  await command(second.frame, 'play');
  const after = await playAnswering(second.frame);
  await ended(second.frame);
  await expect.poll(async () => (await stored(second.page)).core.lesson_status).toMatch(/^(passed|failed)$/);
  const resumed = await stored(second.page);
  const recap = await second.frame.waitForSelector('email-journey .ej-recap');
  const recapResults = await Promise.all(
    before.map((id) => recap.$eval(`li[data-checkpoint="${id}"]`, (item) => item.getAttribute('data-result'))),
  );
  const result = {
    ...{ opened, before, step, left, reopenedAt, after, resumed, recapResults },
    recap: await recap.getAttribute('data-recap'),
    errors: [...first.errors, ...second.errors],
  };
  await second.page.close();
  return result;
}

/** Each interaction the LMS keeps is a choice, right or wrong, with the letter chosen. */
function expectChoices(cmi: Cmi) {
  for (const interaction of Object.values(cmi.interactions)) {
    expect(interaction.type).toBe('choice');
    expect(interaction.result).toMatch(/^(correct|wrong)$/);
    expect(interaction.student_response).toMatch(/^[a-z]$/);
  }
}

const rightIn = (cmi: Cmi) => Object.values(cmi.interactions).filter((i) => i.result === 'correct').length;

describe('the SCORM 1.2 package in an LMS (scorm-again)', () => {
  // Played by whichever test comes first (inside it, so its waits are expect.poll's), then shared.
  let played: Promise<TwoSessions> | undefined;
  const lesson = () => (played ??= playInTwoSessions());

  it('a lesson with every question answered leaves a status, a score, one interaction per answer and suspend data', async () => {
    const { opened, before, left, after, resumed, errors } = await lesson();
    expect(opened).toBe('incomplete');
    expect(before.length + after.length).toBeGreaterThan(1);
    // Each session reports the answers given in it, one interaction each, in the order asked.
    expect(Object.values(left.interactions).map((i) => i.id)).toEqual(before);
    expect(Object.values(resumed.interactions).map((i) => i.id)).toEqual(after);
    expectChoices(left);
    expectChoices(resumed);
    const raw = Number(resumed.core.score.raw);
    expect(raw).toBe(Math.round((100 * (rightIn(left) + rightIn(resumed))) / (before.length + after.length)));
    expect(resumed.core.lesson_status).toBe(raw >= 60 ? 'passed' : 'failed');
    for (const cmi of [left, resumed]) {
      expect(cmi.suspend_data).toMatch(/^ej1~/);
      expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    }
    expect(errors).toEqual([]);
  });

  it('closing the frame mid-lesson suspends; a relaunch opens at the same step and asks no answered question again', async () => {
    const { before, step, left, reopenedAt, after, resumed, recap, recapResults } = await lesson();
    expect(step).toBeGreaterThan(0);
    expect(left.core.lesson_location).toBe(String(step));
    expect(left.core.exit).toBe('suspend');
    expect(left.core.lesson_status).toBe('incomplete');
    expect(reopenedAt).toBe(step);
    expect(after.length).toBeGreaterThan(0);
    for (const id of before) expect(after).not.toContain(id);
    // The grade counts the answers of both sessions.
    const right = rightIn(left) + rightIn(resumed);
    expect(Number(resumed.core.score.raw)).toBe(Math.round((100 * right) / (before.length + after.length)));
    // So does the app's recap: the earlier session's answers are listed as answered, not skipped.
    expect(recap).toBe(`${right}/${before.length + after.length}`);
    for (const result of recapResults) expect(result).toMatch(/^(right|wrong)$/);
  });
});

interface Statement {
  verb: { id: string };
  object: { definition?: { interactionType?: string; correctResponsesPattern?: string[] } };
  result?: { success?: boolean; response?: string; score?: { raw: number; min: number; max: number; scaled: number } };
}

describe('the SCORM package without an LMS', () => {
  it('plays the lesson as the app always does, silently', async () => {
    const page = await lessonPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(e.message));
    await page.goto(`${site}/scorm/index.html`);
    await page.waitForSelector('email-journey [data-node]');
    await command(page.mainFrame(), 'send');
    // A question answered (the bridge reports an answer), then on to the end (it reports the end).
    const asked = await playAnswering(page.mainFrame(), 1);
    await jumpToEnd(page, 'email-journey');
    expect(asked.length).toBe(1);
    expect(messages).toEqual([]);
    await page.close();
  });
});

describe('the H5P package in an H5P player (h5p-standalone)', () => {
  it('reports an answered statement per question and a completed statement with the score', async () => {
    const page = await lessonPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site}/h5p.html`);
    await page.evaluate(async () => {
      const win = window as unknown as {
        __statements: unknown[];
        H5PStandalone: { H5P: new (el: Element, options: unknown) => Promise<void> };
        H5P: {
          externalDispatcher: { on(type: string, listener: (e: { data: { statement: unknown } }) => void): void };
        };
      };
      win.__statements = [];
      await new win.H5PStandalone.H5P(document.getElementById('h5p')!, {
        h5pJsonPath: '/h5p',
        frameJs: '/player/frame.bundle.js',
        frameCss: '/player/styles/h5p.css',
      });
      win.H5P.externalDispatcher.on('xAPI', (e) => win.__statements.push(e.data.statement));
    });
    const statements = () => page.evaluate(() => (window as unknown as { __statements: Statement[] }).__statements);
    const frame = await (async () => {
      for (;;) {
        const found = page.frames().find((f) => f !== page.mainFrame());
        if (found) return found;
        await page.waitForEvent('frameattached');
      }
    })();
    await frame.waitForSelector('email-journey [data-node]');
    await command(frame, 'send');
    const asked = await playAnswering(frame);
    await ended(frame);
    const verb = (s: Statement) => s.verb.id.split('/').pop();
    await expect.poll(async () => (await statements()).some((s) => verb(s) === 'completed')).toBe(true);
    const all = await statements();
    const answered = all.filter((s) => verb(s) === 'answered');
    expect(answered).toHaveLength(asked.length);
    for (const s of answered) {
      expect(typeof s.result?.success).toBe('boolean');
      expect(s.result?.response).toMatch(/^\d$/);
      expect(s.object.definition?.interactionType).toBe('choice');
      expect(s.object.definition?.correctResponsesPattern).toHaveLength(1);
    }
    // What an H5P host saves to resume: the same state as SCORM's suspend data, at the last step.
    const state = await frame.evaluate(() =>
      (
        window as unknown as { H5P: { instances: { getCurrentState(): string }[] } }
      ).H5P.instances[0]!.getCurrentState(),
    );
    expect(state).toMatch(new RegExp(`^ej1~[^~]*~[^~]*~${await stepShown(frame)}~`));
    const completed = all.find((s) => verb(s) === 'completed')!;
    const right = answered.filter((s) => s.result?.success).length;
    expect(completed.result?.score).toMatchObject({ raw: right, min: 0, max: asked.length });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('offline', () => {
  it('after one visit the app loads and plays a journey with the network cut', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const failed: string[] = [];
    await page.goto(`${inject('baseUrl')}/?speed=20&pace=auto`);
    await page.waitForSelector('[data-node]');
    // The worker has every file once it is active.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated')
        await new Promise((resolve) => registration.active?.addEventListener('statechange', resolve));
    });
    await context.setOffline(true);
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.reload();
    await page.waitForSelector('[data-node]');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await jumpToEnd(page);
    expect(await page.getAttribute('.ej', 'data-outcome')).toBe('delivered');
    expect(failed).toEqual([]);
    await context.close();
  });
});

describe('offline updates', () => {
  /** dist/ as a site of its own, so the test can publish a new version of it. */
  function publish(version: string) {
    const site = join(folder, 'site');
    cpSync('dist', site, { recursive: true, filter: (path) => !path.endsWith('.map') && !path.includes('packages') });
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    writeFileSync(
      join(site, 'index.html'),
      index.replace('<title>', `<meta name="version" content="${version}" /><title>`),
    );
    const precache = readFileSync(join(site, 'precache.js'), 'utf8');
    writeFileSync(join(site, 'precache.js'), precache.replace(/"version":"[^"]*"/, `"version":"${version}"`));
  }
  const versionOf = (page: Page) => page.locator('meta[name="version"]').getAttribute('content');
  const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

  it('a new version waits until no page of the old one is open, then replaces its cache', async () => {
    publish('one');
    const app = await serve(join(folder, 'site'));
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const first = await context.newPage();
    await first.goto(`${app}/?speed=20`);
    await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated')
        await new Promise((resolve) => registration.active?.addEventListener('statechange', resolve));
    });
    expect(await cacheNames(first)).toEqual(['email-journey-one']);
    // From its second visit on, a page is the worker's: it is what must never get files of two versions.
    await first.reload();
    await first.waitForSelector('[data-node]');
    expect(await first.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    publish('two');
    // The browser looks for a new worker (here at once): it installs beside the open page's version.
    const update = await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      const next = registration.installing ?? registration.waiting;
      if (!next) return 'no new worker';
      if (next.state === 'installing')
        await new Promise((resolve) => next.addEventListener('statechange', resolve, { once: true }));
      return next.state;
    });
    expect(update).toBe('installed');
    const second = await context.newPage();
    await second.goto(`${app}/?speed=20`);
    await second.waitForSelector('[data-node]');
    expect(await versionOf(second)).toBe('one');
    expect((await cacheNames(second)).sort()).toEqual(['email-journey-one', 'email-journey-two']);

    await first.close();
    await second.close();
    const third = await context.newPage();
    await third.goto(`${app}/?speed=20`);
    // With no page of the old version open, the new worker takes over and drops the old cache.
    await expect.poll(() => cacheNames(third)).toEqual(['email-journey-two']);
    await third.reload();
    await third.waitForSelector('[data-node]');
    expect(await versionOf(third)).toBe('two');
    await context.close();
  });
});
