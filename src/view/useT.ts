// The translation function for views, in this instance's language.
import { useMemo } from 'react';
import { translator, type Translate } from '../i18n';
import { useJourney } from './StoreContext';

export function useT(): Translate {
  const lang = useJourney((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}

export function useLang(): string {
  return useJourney((s) => s.lang);
}
