// Copies text to the clipboard and says how it went; some frames and insecure pages refuse, and
// then the caller shows the text to copy by hand.
import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

export function useCopy(): [CopyState, (text: string) => Promise<void>] {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return [state, copy];
}
