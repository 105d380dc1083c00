// The family screen's own buttons (next, back, repeat…) are content cards like any other
// (assets/content/cards/ui.json): read aloud, translated, reviewed the same way.
export const uiCards = {
  next: 'ui.next',
  back: 'ui.back',
  done: 'ui.done',
  repeat: 'ui.repeat',
  dontUnderstand: 'ui.dont-understand',
  wantInterpreter: 'ui.want-interpreter',
  stop: 'ui.stop',
  wait: 'ui.wait',
  pause: 'ui.pause',
  touchToContinue: 'ui.touch-to-continue',
  close: 'ui.close',
  noAudio: 'ui.no-audio',
  interpreterVoiceOnly: 'ui.interpreter-voice-only',
} as const;
