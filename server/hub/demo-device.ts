// The demo clinic device `npm start` enrols on its embedded hub, so the doctor's screen can
// call the demo interpreter out of the box. Its token is new at each start (a persistent
// hub keeps the device and rotates the token), and only ever handed to the local service.
import type { AccountAdmin } from './store/account-admin';
import type { HubDb } from './store/hub-database';

export const DEMO_DEVICE = { site: 'Démonstration', room: 'Cabinet' } as const;

export function enrolDemoDevice(db: HubDb, admin: AccountAdmin): { id: string; token: string } {
  const added = admin.addDevice({ ...DEMO_DEVICE });
  if (added.ok) return added.value;
  const row = db
    .prepare('SELECT id FROM devices WHERE site = ? AND room = ?')
    .get(DEMO_DEVICE.site, DEMO_DEVICE.room) as { id: string } | undefined;
  if (!row) throw new Error(added.message);
  const rotated = admin.rotateDeviceToken(row.id);
  if (!rotated.ok) throw new Error(rotated.message);
  db.prepare('UPDATE devices SET disabled_at = NULL WHERE id = ?').run(row.id);
  return { id: row.id, token: rotated.value.token };
}
