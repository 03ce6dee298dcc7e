// The private share link: the header travels in the URL fragment (after #), which browsers never
// send to a server. "Hide addresses and IP addresses" replaces each of them by the same stand-in
// everywhere before the link is made, so the link and the page it opens hold none of the originals.
import { useState } from 'react';
import { encodeShare, hideAddresses, type Trace } from '../../model/trace';
import { useT } from '../useT';
import { useTrace } from './TraceContext';
import { why } from './why';

/** The fragment key of a shared trace: `#ejtrace=<base64url of the header>`. */
export const SHARE_KEY = 'ejtrace';

/** The text to share: what was pasted (its header, or the whole report), else the header rebuilt from the trace. */
function sharedText(input: string, trace: Trace): string {
  if (input.trim()) {
    if (trace.report) return input;
    const blank = /\r?\n[ \t]*\r?\n/.exec(input);
    return blank ? input.slice(0, blank.index) : input;
  }
  const fields = [
    ...[...trace.hops].reverse().map((h) => `Received: ${h.raw}`),
    ...(trace.from ? [`From: ${trace.from}`] : []),
    ...(trace.to ? [`To: ${trace.to}`] : []),
    ...(trace.subject ? [`Subject: ${trace.subject}`] : []),
  ];
  return fields.join('\n');
}

/** The link to this page with the tracer open and the header in the fragment. */
export function shareLink(href: string, text: string): string | null {
  const payload = encodeShare(text);
  if (payload === null) return null;
  const url = new URL(href);
  url.searchParams.set('trace', '1');
  url.hash = `${SHARE_KEY}=${payload}`;
  return url.toString();
}

export function SharePanel({ trace }: { trace: Trace }) {
  const t = useT();
  const input = useTrace((s) => s.input);
  const [hide, setHide] = useState(true);
  const [link, setLink] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const make = () => {
    const text = sharedText(input, trace);
    const made = shareLink(window.location.href, hide ? hideAddresses(text) : text);
    setLink(made);
    setNote(made ? null : t(why('traceWhy.share.tooLong')));
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setNote(t(why('traceWhy.share.copied')));
    } catch {
      setNote(null); // no clipboard here: the link stays selectable in its field
    }
  };
  return (
    <section className="ej-card ejt-share" aria-labelledby="ejt-share-heading">
      <h3 id="ejt-share-heading">{t(why('traceWhy.share.heading'))}</h3>
      <p>{t(why('traceWhy.share.explain'))}</p>
      <label className="ejt-share-hide">
        <input
          type="checkbox"
          checked={hide}
          onChange={(e) => {
            setHide(e.target.checked);
            setLink(null);
          }}
        />{' '}
        {t(why('traceWhy.share.hide'))}
      </label>{' '}
      <button type="button" className="ej-small" onClick={make}>
        {t(why('traceWhy.share.make'))}
      </button>
      {link && (
        <p className="ejt-share-link">
          <label>
            {t(why('traceWhy.share.label'))}
            <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
          </label>{' '}
          <button type="button" className="ej-small" onClick={() => void copy()}>
            {t(why('traceWhy.share.copy'))}
          </button>
        </p>
      )}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
