// Child process of the crash loop: opens the local service like the app does, then runs
// sessions (start → end) as fast as it can and prints each session id once `session.end`
// was acknowledged — what the UI would have shown as saved. The parent kills it at random.
import { openLocalService } from '../../server/local/local-service';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer <data-dir>');
const service = openLocalService({ dataDir });
// A kill between start and end leaves a session open: close it, as the doctor would.
const open = await service.dispatch('session.current', {}, 'doctor');
if (open.ok && open.value) {
  await service.dispatch('session.end', { sessionId: (open.value as { id: string }).id }, 'doctor');
}
process.stdout.write('ready\n');

for (;;) {
  const started = await service.dispatch(
    'session.start',
    { consultationType: 'vaccination' },
    'doctor',
  );
  if (!started.ok) throw new Error(started.error.message);
  const { id } = started.value as { id: string };
  const ended = await service.dispatch('session.end', { sessionId: id }, 'doctor');
  if (!ended.ok) throw new Error(ended.error.message);
  // Synchronous on a pipe (Linux): once written, the parent has it even if we die next.
  process.stdout.write(`${id}\n`);
}
