// The styles of the parts that load after the first screen, where the host puts them in place
// itself. The standalone pages get each part's stylesheet with its chunk; <email-journey> draws in
// a shadow root, which those stylesheets never reach, so it adopts their text when it has fetched
// it (src/embed/laterCss.ts) and each part waits for that: no part is ever drawn unstyled.
let styled: Promise<unknown> = Promise.resolve();

/** For a host that adopts the later styles itself: parts wait until `styles` has settled. */
export function partsWaitFor(styles: Promise<unknown>): void {
  // A stylesheet that failed to load must not keep the part from working.
  styled = styles.catch(() => undefined);
}

/** A lazily loaded part, resolved once its styles are in place too. */
export const withStyles = <T>(part: Promise<T>): Promise<T> => Promise.all([part, styled]).then(([loaded]) => loaded);
