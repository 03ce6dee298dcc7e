// The header's tools: depth, language, full screen (only where allowed), embed and keyboard help.
import { useEffect, useState, type RefObject } from 'react';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n';
import { DepthToggle } from './Choices';
import { useJourney } from './StoreContext';
import { useT } from './useT';

function useFullscreen(root: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const update = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, [root]);
  // An iframe without allow="fullscreen" reports false here, so the button is not offered at all.
  const allowed = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  };
  return { allowed, active, toggle };
}

export function HeaderTools(props: {
  root: RefObject<HTMLElement | null>;
  onEmbed: (() => void) | null;
  onHelp: () => void;
}) {
  const t = useT();
  const lang = useJourney((s) => s.lang);
  const setDisplay = useJourney((s) => s.actions.setDisplay);
  const fullscreen = useFullscreen(props.root);
  return (
    <div className="ej-header-tools">
      <DepthToggle />
      <label className="ej-speed">
        <span>{t('language.label')}</span>
        <select className="ej-control" value={lang} onChange={(e) => setDisplay({ lang: e.target.value })}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code] ?? code}
            </option>
          ))}
        </select>
      </label>
      {fullscreen.allowed && (
        <button type="button" className="ej-small" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
          {t(fullscreen.active ? 'app.exitFullscreen' : 'app.fullscreen')}
        </button>
      )}
      {props.onEmbed && (
        <button type="button" className="ej-small" onClick={props.onEmbed}>
          {t('embed.open')}
        </button>
      )}
      <button type="button" className="ej-small" onClick={props.onHelp} aria-keyshortcuts="?">
        {t('shortcuts.open')} <kbd aria-hidden="true">?</kbd>
      </button>
    </div>
  );
}
