// The demo interpreter of `npm start`, signed in and available on its own page: how the
// end-to-end call tests have someone to ring.
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from './app-process';

export async function signInDemoInterpreter(
  app: RunningApp,
  context: BrowserContext,
): Promise<Page> {
  const demo = /demo account: (\S+) \/ (\S+)\)/.exec(app.output());
  if (!demo?.[1] || !demo[2]) throw new Error('no demo account printed');
  const page = await context.newPage();
  await page.goto(app.interpreterUrl);
  await page.getByLabel('Identifiant').fill(demo[1]);
  await page.getByLabel('Mot de passe').fill(demo[2]);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('radio', { name: 'Disponible' }).check();
  await page.getByText('Statut actuel : Disponible').waitFor();
  return page;
}
