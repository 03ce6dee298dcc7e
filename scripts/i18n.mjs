// `npm run i18n`: for every language, the keys it lacks, the keys whose placeholders differ from
// English's, and the Beginner captions over its word budget. Exits 1 when a key is missing, stray
// or mismatched (a long caption is reported, for the translator to shorten, and fails the tests).
// `npm run i18n -- --captions ar` prints every caption of one language beside English's.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const SOURCE = fileURLToPath(new URL('./i18nReport.ts', import.meta.url));
const { module } = await runnerImport(SOURCE, { configFile: false, logLevel: 'warn' });

const args = process.argv.slice(2);
const captionsFor = args.includes('--captions') ? args[args.indexOf('--captions') + 1] : null;

if (captionsFor) {
  for (const { key, english, text } of module.captionsOf(captionsFor))
    console.log(`${key}\n  en: ${english}\n  ${captionsFor}: ${text || '(missing)'}\n`);
  process.exit(0);
}

let failed = false;
for (const report of module.translationReport()) {
  const problems = report.missing.length + report.stray.length + report.mismatched.length;
  failed ||= problems > 0;
  console.log(
    `${report.lang}: ${report.missing.length} missing, ${report.stray.length} stray, ` +
      `${report.mismatched.length} placeholder mismatches, ${report.long.length} Beginner captions over ${report.budget} words`,
  );
  const list = (title, items) => items.length && console.log(`  ${title}:\n${items.map((i) => `    ${i}`).join('\n')}`);
  list('missing', report.missing);
  list('stray (English has no such key)', report.stray);
  list('placeholders differ from English', report.mismatched);
  list(`over ${report.budget} words`, report.long);
}
process.exit(failed ? 1 : 0);
