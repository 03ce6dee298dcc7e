// A journey's starting state from its configuration: language, depth, pace, and the sample message
// in the reader's language. Light (no views, no engine): the build's first picture (scripts/firstPictureData.ts) uses it too.
import { format, pickLanguage, t } from '../i18n';
import { enScreen as en } from '../i18n/en/screen';
import { DEFAULT_MESSAGE, recipientName, type ComposedMessage } from '../model';
import type { JourneyConfig } from './configDefaults';
import { savedDepth } from './preferences';

/** The sample subject and greeting in the reader's language, unless the link or attributes gave their own. */
export function localDefaults(message: ComposedMessage, lang: string): ComposedMessage {
  const recipient = recipientName(message);
  const englishBody =
    message.body === DEFAULT_MESSAGE.body || message.body === format(en['default.body'], { recipient });
  return {
    ...message,
    subject: message.subject === DEFAULT_MESSAGE.subject ? t('default.subject', {}, lang) : message.subject,
    body: englishBody ? t('default.body', { recipient }, lang) : message.body,
  };
}

/** The store's starting state from a parsed configuration, with language and depth resolved. */
export function initFromConfig(config: JourneyConfig, languages: readonly string[] = []) {
  const lang = pickLanguage([config.lang, ...languages]);
  const depth = config.depth ?? savedDepth() ?? 'beginner';
  return {
    ...config,
    message: localDefaults(config.message, lang),
    depth,
    lang,
    // Issue 16: Beginner pauses after each step unless the link says otherwise or plays itself.
    pace: config.pace ?? (depth === 'beginner' && !config.autoplay ? 'step' : 'auto'),
  };
}
