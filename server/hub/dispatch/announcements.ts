// The messages dispatch sends about a call, built in one place so every page that rings or
// connects sees the same fields.
import type { ServerMessageBody } from '../../../shared/hub/protocol';
import type { Call, DispatchDependencies } from './call-state';
import type { InterpreterPeer } from './peers';

/** The ringing message, with the clinic's offer once it has come and the ICE servers every
 * ringing page prepares its answer with (one set per call: only one of them will use it). */
export function ringingMessage(call: Call, deps: DispatchDependencies): ServerMessageBody {
  return {
    type: 'call.ringing',
    callId: call.id,
    language: call.language,
    consultationType: call.consultationType,
    clinic: { site: call.clinic.device.site, room: call.clinic.device.room },
    offer: call.offer,
    iceServers: deps.iceServers(call.id, 'interpreter'),
  };
}

/** Tells both parties the call is on, each with its own fresh ICE credentials. */
export function announceConnected(
  call: Call,
  interpreter: InterpreterPeer,
  deps: DispatchDependencies,
): void {
  const { device } = call.clinic;
  call.clinic.send({
    type: 'call.connected',
    callId: call.id,
    role: 'clinic',
    peer: { displayName: interpreter.account.displayName },
    iceServers: deps.iceServers(call.id, 'clinic'),
  });
  interpreter.send({
    type: 'call.connected',
    callId: call.id,
    role: 'interpreter',
    peer: { displayName: `${device.site} — ${device.room}` },
    iceServers: deps.iceServers(call.id, 'interpreter'),
  });
}
