// Makes the bridge and the live session available to every screen, and shows a plain
// message instead of a blank page when the local service cannot be reached.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { BridgeClient, BridgeRole, SessionView } from '../../shared/bridge/contract';
import type { ConsultationScreen, ConsultationState } from '../../shared/consultation/state';
import { connectBridge } from './connect';
import type { ConnectionState } from './web-socket-client';

interface BridgeState {
  client: BridgeClient;
  session: SessionView | null;
  lastEnded: SessionView | null;
  /** The running consultation with its timeline (doctor's page only), null between sessions. */
  consultation: ConsultationState | null;
  /** What the family screen shows of it (both pages: the doctor's holds the kiosk view). */
  screen: ConsultationScreen | null;
  connection: ConnectionState;
}

const BridgeContext = createContext<BridgeState | null>(null);

export function useBridge(): BridgeState {
  const state = useContext(BridgeContext);
  if (!state) throw new Error('useBridge outside BridgeProvider');
  return state;
}

const connection = connectBridge();

export function BridgeProvider(props: {
  /** Which page this is: the family's gets only what its screen shows. */
  role: BridgeRole;
  children: ReactNode;
  noConnection: ReactNode;
}) {
  const { role } = props;
  const [session, setSession] = useState<SessionView | null>(null);
  const [lastEnded, setLastEnded] = useState<SessionView | null>(null);
  const [consultation, setConsultation] = useState<ConsultationState | null>(null);
  const [screen, setScreen] = useState<ConsultationScreen | null>(null);
  // Electron's IPC is there from the first frame; a WebSocket reports its own state.
  const [state, setState] = useState<ConnectionState>(
    connection.ok ? (connection.web?.state ?? 'open') : 'closed',
  );

  useEffect(() => {
    if (!connection.ok) return;
    const { client, web } = connection;
    const refresh = () => {
      void client.call('session.current', {}).then((result) => {
        if (result.ok) setSession(result.value);
      });
      void client.call('consultation.screen', {}).then((result) => {
        if (result.ok) setScreen(result.value);
      });
      if (role !== 'doctor') return;
      void client.call('consultation.current', {}).then((result) => {
        if (result.ok) setConsultation(result.value);
      });
    };
    const offState = web?.onState((next) => {
      setState(next);
      // After a reconnect, catch up on whatever changed while the socket was down.
      if (next === 'open') refresh();
    });
    if (!web) refresh();
    const offChanged = client.on('session.changed', (payload) => {
      setSession(payload.session);
      if (payload.ended) setLastEnded(payload.ended);
    });
    const offScreen = client.on('consultation.screen', (payload) => {
      setScreen(payload);
    });
    const offConsultation =
      role === 'doctor'
        ? client.on('consultation.changed', (payload) => {
            setConsultation(payload);
          })
        : undefined;
    return () => {
      offState?.();
      offChanged();
      offScreen();
      offConsultation?.();
    };
  }, [role]);

  if (!connection.ok) return <>{props.noConnection}</>;
  return (
    <BridgeContext.Provider
      value={{
        client: connection.client,
        session,
        lastEnded,
        consultation,
        screen,
        connection: state,
      }}
    >
      {props.children}
    </BridgeContext.Provider>
  );
}
