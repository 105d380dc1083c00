// How Chromium should treat app:// — declared before `ready`, as Electron requires.
import type { CustomScheme } from 'electron';
import { APP_SCHEME } from '../app-origin';

export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    // A real origin (app://interpretable): relative URLs, localStorage and 'self' in the CSP work.
    standard: true,
    // A secure context, so getUserMedia (interpreter calls) is available as on https.
    secure: true,
    // The renderer fetches its own content packs with fetch().
    supportFetchAPI: true,
    // <audio> plays the cards' clips through the media pipeline, which needs a streamable scheme.
    stream: true,
    // Deliberately absent: bypassCSP (the CSP must apply) and corsEnabled (it would let other
    // origins read app:// responses without any Access-Control-Allow-Origin check).
  },
};
