// The translation function for views, in this instance's language (loaded on first use).
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { catalogueVersion, loadLanguage, onCatalogueLoaded, translator, type Translate } from '../i18n';
import { useJourney } from './StoreContext';

export function useT(): Translate {
  const lang = useJourney((s) => s.lang);
  const version = useSyncExternalStore(onCatalogueLoaded, catalogueVersion, catalogueVersion);
  useEffect(() => {
    void loadLanguage(lang);
  }, [lang]);
  // `version` changes when a catalogue arrives: the same language now has its real strings.
  return useMemo(() => (version >= 0 ? translator(lang) : translator('en')), [lang, version]);
}

export function useLang(): string {
  return useJourney((s) => s.lang);
}
