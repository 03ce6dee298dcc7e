// "Embed this": the element tag and the iframe snippet for the current configuration, with copy buttons.
import { Dialog } from './Dialog';
import { useHost } from './HostContext';
import { useJourneyStore } from './StoreContext';
import { useCopy } from './useCopy';
import { useT } from './useT';

/** Attribute values are escaped so a typed subject can never break out of the snippet's markup. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function snippets(base: string, query: string): { tag: string; iframe: string } {
  const params = new URLSearchParams(query);
  params.delete('step');
  const attributes = [...params].map(([key, value]) => ` ${key}="${attr(value)}"`).join('');
  const search = params.toString();
  return {
    tag: `<script type="module" src="${base}email-journey.js"></script>\n<email-journey${attributes}></email-journey>`,
    iframe: `<iframe src="${attr(`${base}embed.html${search ? `?${search}` : ''}`)}" title="Email Journey" width="100%" height="900" style="border:0" allow="fullscreen" loading="lazy"></iframe>`,
  };
}

function Snippet({ label, code }: { label: string; code: string }) {
  const t = useT();
  const [state, copy] = useCopy();
  return (
    <div className="ej-snippet">
      <h3>{label}</h3>
      <pre tabIndex={0}>{code}</pre>
      <button type="button" className="ej-small" onClick={() => void copy(code)}>
        {t('embed.copy')}
      </button>{' '}
      <span role="status">
        {state === 'copied' ? t('embed.copied') : state === 'failed' ? t('embed.copyFailed') : ''}
      </span>
    </div>
  );
}

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useJourneyStore();
  const host = useHost();
  const base = new URL('.', window.location.href).href;
  const { tag, iframe } = snippets(base, host.shareQuery(store.getState()));
  const textLeftOut = host.shareLeavesTextOut?.(store.getState()) ?? false;
  return (
    <Dialog title={t('embed.title')} closeLabel={t('embed.close')} onClose={onClose} wide>
      <p className="ej-legend">{t('embed.intro')}</p>
      {textLeftOut && <p className="ej-legend">{t('share.textLeftOut')}</p>}
      <Snippet label={t('embed.tag')} code={tag} />
      <Snippet label={t('embed.iframe')} code={iframe} />
    </Dialog>
  );
}
