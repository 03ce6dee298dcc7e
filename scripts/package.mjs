// `npm run package`: the lesson as packages a learning platform imports, in dist/packages/:
//   email-journey-scorm12.zip  a SCORM 1.2 package (one SCO) that reports answers, score and status
//   email-journey.h5p          an H5P content package with its own library, H5P.EmailJourney
// Both hold the <email-journey> build with relative URLs (every lazily loaded part too), so they run
// from their own files on any host. The lesson is chosen here, by flags:
//   npm run package -- --scenario=greylisted --world=r_mx1.example.org_t --depth=expert --pace=auto
//   npm run package -- --lesson="mode=same-domain&checkpoints=1" --mastery=80 --title="Mail, unit 3"
// (or the same query in the EMAIL_JOURNEY_LESSON environment variable); by default the default journey
// with its prediction questions. `--checkpoints=0` packages the journey without questions.
//
// Zips are written with fflate: a small, dependency-free library that writes standard deflated zips
// (what LMS importers and H5P's PHP ZipArchive read), and the tests read the packages back with it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, strToU8 } from 'fflate';
import { build, runnerImport } from 'vite';

const LIBRARY = { machineName: 'H5P.EmailJourney', majorVersion: 1, minorVersion: 0, patchVersion: 0 };
const LIBRARY_FOLDER = `${LIBRARY.machineName}-${LIBRARY.majorVersion}.${LIBRARY.minorVersion}`;
/** The keys an author may fix (src/lms/settings.ts, the one list the packages' pages also read). */
const { module: lessonKeys } = await runnerImport('./src/lms/settings.ts');
const SETTING_KEYS = [...lessonKeys.LESSON_SETTING_KEYS];

/** The lesson the packages play, from --lesson / EMAIL_JOURNEY_LESSON and the single-key flags. */
function chosenLesson() {
  const options = Object.fromEntries(SETTING_KEYS.map((key) => [key, { type: 'string' }]));
  const { values } = parseArgs({
    options: {
      ...options,
      lesson: { type: 'string' },
      mastery: { type: 'string' },
      title: { type: 'string' },
      // Where the packages go (the tests build theirs beside the app's, not over them).
      out: { type: 'string', default: 'dist/packages' },
    },
    strict: true,
  });
  const lesson = new URLSearchParams(values.lesson ?? process.env.EMAIL_JOURNEY_LESSON ?? '');
  for (const key of SETTING_KEYS) if (values[key] !== undefined) lesson.set(key, values[key]);
  for (const key of [...lesson.keys()])
    if (!SETTING_KEYS.includes(key))
      throw new Error(`package: "${key}" is not a lesson setting (${SETTING_KEYS.join(', ')})`);
  if (!lesson.has('checkpoints')) lesson.set('checkpoints', '1');
  if (lesson.get('checkpoints') === '0') lesson.delete('checkpoints');
  const mastery = Number(values.mastery ?? 60);
  if (!Number.isInteger(mastery) || mastery < 0 || mastery > 100)
    throw new Error('package: --mastery is a whole percent, 0 to 100');
  return { lesson, mastery, title: values.title ?? 'Email Journey: how one email travels', out: values.out };
}

/** Every file under `dir` (no source maps), by its path relative to `dir` with forward slashes. */
function filesUnder(dir, prefix = '') {
  const files = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const key = `${prefix}${name}`;
    if (statSync(path).isDirectory()) Object.assign(files, filesUnder(path, `${key}/`));
    else if (!name.endsWith('.map')) files[key] = readFileSync(path);
  }
  return files;
}

/** The <email-journey> build with a relative base, and the two bridges, into `work`. */
async function buildParts(work) {
  const quiet = { logLevel: 'warn' };
  await build({
    ...quiet,
    mode: 'production',
    configFile: 'vite.element.config.ts',
    base: './',
    // The site's icon, manifest and offline worker are the site's, not the lesson's.
    publicDir: false,
    build: { outDir: join(work, 'app'), emptyOutDir: true, sourcemap: false },
  });
  const bridge = (entry, format, fileName) =>
    build({
      ...quiet,
      mode: 'production',
      configFile: false,
      build: {
        target: 'es2022',
        outDir: join(work, 'bridge'),
        emptyOutDir: false,
        sourcemap: false,
        minify: true,
        // Library mode keeps whitespace in its output unless the output step minifies too.
        rolldownOptions: { output: { minify: true } },
        lib: { entry, formats: [format], name: 'EmailJourneyLms', fileName: () => fileName },
      },
    });
  await bridge('src/lms/sco.ts', 'es', 'sco.js');
  await bridge('src/lms/h5p.ts', 'iife', 'email-journey-h5p.js');
  return { app: filesUnder(join(work, 'app')), bridge: filesUnder(join(work, 'bridge')) };
}

const xml = (text) =>
  String(text).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c],
  );

/** The SCO's page: the strict CSP of the app's pages, the element, the bridge, and the lesson's settings. */
function scoPage(csp, lesson, title) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${xml(csp)}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${xml(title)}</title>
    <link rel="icon" href="favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="lesson.css" />
    <script type="module" src="email-journey.js"></script>
    <script type="module" src="sco.js"></script>
  </head>
  <body>
    <main id="lesson" data-lesson="${xml(lesson.toString())}"></main>
    <noscript>Email Journey needs JavaScript to show the animation.</noscript>
  </body>
</html>
`;
}

const LESSON_CSS = 'html, body { margin: 0; } email-journey { min-height: 100vh; }\n';

function manifest(files, mastery, title) {
  const fileList = Object.keys(files)
    .sort()
    .map((path) => `      <file href="${xml(path)}" />`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="email-journey-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="email-journey">
    <organization identifier="email-journey">
      <title>${xml(title)}</title>
      <item identifier="email-journey-lesson" identifierref="email-journey-sco" isvisible="true">
        <title>${xml(title)}</title>
        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="email-journey-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

function scormPackage(parts, csp, { lesson, mastery, title }) {
  const files = {
    ...parts.app,
    'sco.js': parts.bridge['sco.js'],
    'index.html': strToU8(scoPage(csp, lesson, title)),
    'lesson.css': strToU8(LESSON_CSS),
    // Opened in a window of its own ("New window" in Moodle), the lesson has the app's icon.
    'favicon.svg': readFileSync('public/favicon.svg'),
  };
  return { ...files, 'imsmanifest.xml': strToU8(manifest(files, mastery, title)) };
}

/** The H5P editor's form for the lesson (semantics.json): the same settings as the flags. */
function semantics(presets) {
  const select = (name, label, options, fallback) => ({
    name,
    type: 'select',
    label,
    options: options.map((value) => ({ value, label: value || 'none (the usual world)' })),
    default: fallback,
  });
  return [
    {
      name: 'lesson',
      type: 'group',
      label: 'Lesson',
      importance: 'high',
      expanded: true,
      fields: [
        select('mode', 'Journey', ['cross-domain', 'same-domain'], 'cross-domain'),
        { ...select('scenario', 'What goes wrong (a preset)', presets, ''), optional: true },
        {
          name: 'world',
          type: 'text',
          label: 'World edits (the compact form of the app’s "world" setting)',
          optional: true,
          regexp: { pattern: '^[A-Za-z0-9._*-]*$', modifiers: '' },
          maxLength: 1000,
        },
        select('depth', 'Depth', ['beginner', 'expert'], 'beginner'),
        select('pace', 'Pace', ['step', 'auto'], 'step'),
        { name: 'checkpoints', type: 'boolean', label: 'Ask prediction questions (graded)', default: true },
      ],
    },
    {
      name: 'passPercentage',
      type: 'number',
      label: 'Percent of right answers to pass',
      default: 60,
      min: 0,
      max: 100,
    },
  ];
}

function h5pPackage(parts, presets, { lesson, mastery, title }) {
  const chosen = Object.fromEntries(lesson);
  const content = {
    lesson: {
      mode: 'cross-domain',
      depth: 'beginner',
      pace: 'step',
      ...chosen,
      checkpoints: chosen.checkpoints === '1',
    },
    passPercentage: mastery,
  };
  const main = {
    machineName: LIBRARY.machineName,
    majorVersion: LIBRARY.majorVersion,
    minorVersion: LIBRARY.minorVersion,
  };
  const library = {
    title: 'Email Journey',
    description: 'How one email travels from sender to reader, with graded prediction questions.',
    ...LIBRARY,
    runnable: 1,
    author: 'Email Journey contributors',
    license: 'MIT',
    embedTypes: ['iframe'],
    fullscreen: 1,
    coreApi: { majorVersion: 1, minorVersion: 19 },
    preloadedJs: [{ path: 'email-journey-h5p.js' }],
    preloadedCss: [{ path: 'email-journey-h5p.css' }],
  };
  const files = {
    'h5p.json': strToU8(
      JSON.stringify(
        {
          title,
          language: 'und',
          mainLibrary: LIBRARY.machineName,
          embedTypes: ['iframe'],
          license: 'U',
          preloadedDependencies: [main],
        },
        null,
        2,
      ),
    ),
    'content/content.json': strToU8(JSON.stringify(content, null, 2)),
    [`${LIBRARY_FOLDER}/library.json`]: strToU8(JSON.stringify(library, null, 2)),
    [`${LIBRARY_FOLDER}/semantics.json`]: strToU8(JSON.stringify(semantics(presets), null, 2)),
    [`${LIBRARY_FOLDER}/email-journey-h5p.js`]: parts.bridge['email-journey-h5p.js'],
    [`${LIBRARY_FOLDER}/email-journey-h5p.css`]: strToU8('.h5p-email-journey email-journey { display: block; }\n'),
  };
  for (const [path, data] of Object.entries(parts.app)) files[`${LIBRARY_FOLDER}/app/${path}`] = data;
  return files;
}

/** Same input, same bytes: every entry gets one fixed date, so a rebuilt package only differs where its files do. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
const zip = (files) =>
  zipSync(
    Object.fromEntries(
      Object.entries(files).map(([path, data]) => [path.split(sep).join('/'), [data, { mtime: FIXED_DATE }]]),
    ),
    {
      level: 9,
    },
  );

// A production build (React's production runtime), whatever the reading of vite.config.ts below sets.
process.env.NODE_ENV = 'production';
/** A mistyped flag gets one line saying what is wrong, not a stack trace. */
function chosenOrExit() {
  try {
    return chosenLesson();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
const chosen = chosenOrExit();
const { module: config } = await runnerImport('./vite.config.ts');
const { module: model } = await runnerImport('./src/model/index.ts');
const presets = ['', ...model.PRESETS];
process.env.NODE_ENV = 'production';
const work = mkdtempSync(join(tmpdir(), 'email-journey-package-'));
try {
  const parts = await buildParts(work);
  mkdirSync(chosen.out, { recursive: true });
  const written = {
    'email-journey-scorm12.zip': zip(scormPackage(parts, config.CONTENT_SECURITY_POLICY, chosen)),
    'email-journey.h5p': zip(h5pPackage(parts, presets, chosen)),
  };
  for (const [name, bytes] of Object.entries(written)) {
    writeFileSync(join(chosen.out, name), bytes);
    console.log(`${relative('.', join(chosen.out, name))}  ${(bytes.length / 1024).toFixed(0)} KiB`);
  }
  console.log(`lesson: ${chosen.lesson.toString() || '(the default journey)'}; mastery ${chosen.mastery} %`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
