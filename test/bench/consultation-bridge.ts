// The doctor's side of the bridge, spoken from Node: how the cold-start benchmark has a
// session, a language and a flow running before the family page is opened, without a doctor
// page competing for the two cores while the family page loads.
import WebSocket from 'ws';
import type { BridgeMethod, MethodInput, MethodOutput } from '../../shared/bridge/contract';
import { BRIDGE_PROTOCOL } from '../../server/web-shell/bridge-socket';

export interface DoctorBridge {
  call<M extends BridgeMethod>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  close(): void;
}

interface Reply {
  id?: number | null;
  result?: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

export async function openDoctorBridge(doctorUrl: string): Promise<DoctorBridge> {
  const url = new URL(doctorUrl);
  const token = url.hash.replace('#token=', '');
  const ws = new WebSocket(
    `${url.origin.replace(/^http/, 'ws')}/bridge`,
    [BRIDGE_PROTOCOL, `token.${token}`],
    {
      origin: url.origin,
    },
  );
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const pending = new Map<number, (reply: Reply) => void>();
  ws.on('message', (raw: Buffer) => {
    const frame = JSON.parse(raw.toString('utf8')) as Reply;
    if (typeof frame.id === 'number') pending.get(frame.id)?.(frame);
  });
  let nextId = 1;
  return {
    async call(method, input) {
      const id = nextId++;
      const reply = await new Promise<Reply>((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify({ id, method, input }));
      });
      pending.delete(id);
      if (!reply.result?.ok) {
        throw new Error(`${method}: ${reply.result?.error?.message ?? 'no answer'}`);
      }
      return reply.result.value as MethodOutput<typeof method>;
    },
    close() {
      ws.close();
    },
  };
}
