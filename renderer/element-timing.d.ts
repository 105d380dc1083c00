// Element Timing (https://w3c.github.io/element-timing/): Chromium reports when an element
// marked `elementtiming` is first painted. The family card's text is marked so the
// responsiveness benchmark reads "next card painted" from the browser's own paint time.
import 'react';

declare module 'react' {
  // The type parameter must match React's own declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
