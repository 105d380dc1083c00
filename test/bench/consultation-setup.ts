// What the consultation benchmark runs: the flow and the two cards it taps between, the
// family screen's size, and how hard the family page is throttled (CDP) when it is.

/** A yes/no card whose "yes" leads to the body map: a light and a heavy card to alternate. */
export const FLOW = 'pain-assessment';
export const FIRST_CARD = 'pain.question';
export const SECOND_CARD = 'pain.where';
export const VIEWPORT = { width: 1280, height: 900 };
/** CPU throttling of the family page (the doctor's page and the app run unthrottled). */
export const THROTTLE = 4;
