// The translation function for views.
import { t } from '../i18n';

export function useT(): typeof t {
  return t;
}
