// Who is on the other end of the bridge: the doctor's window, or the family's touch screen
// (kiosk). The family may only do what a family does; everything else is the doctor's.
export type BridgeRole = 'doctor' | 'family';
export const doctorOnly = ['doctor'] as const satisfies readonly BridgeRole[];
export const anyone = ['doctor', 'family'] as const satisfies readonly BridgeRole[];
