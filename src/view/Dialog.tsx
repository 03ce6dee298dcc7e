// A modal dialog: backdrop, title, Escape to close, focus moved in on open and back on close.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './detail.css';
import '../i18n/detail';

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab wrap around inside the dialog while it is open. */
function keepFocusInside(dialog: HTMLElement, e: { shiftKey: boolean; preventDefault(): void }) {
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  if (!first || !last) return;
  if (e.shiftKey && active === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

export function Dialog(props: {
  title: string;
  closeLabel: string;
  onClose: () => void;
  wide?: boolean;
  children: ReactNode;
}) {
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <div className="ej-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={props.wide ? 'ej-dialog ej-dialog--wide' : 'ej-dialog'}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          } else if (e.key === 'Tab') keepFocusInside(e.currentTarget, e);
        }}
      >
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
        <button type="button" ref={close} onClick={onClose}>
          {props.closeLabel}
        </button>
      </div>
    </div>
  );
}
