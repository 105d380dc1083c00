// The URL a planned window loads. The hub's address travels in the query string so the
// renderer learns it the same way in Electron and in the web shell.
import { appPageUrl } from '../app-origin';
import type { PlannedWindow } from './plan-windows';

export function plannedWindowUrl(planned: PlannedWindow, hubUrl: string | null): string {
  return appPageUrl(planned.page, {
    ...planned.query,
    ...(hubUrl === null ? {} : { hub: hubUrl }),
  });
}
