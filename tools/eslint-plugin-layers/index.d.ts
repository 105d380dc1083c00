// Types for the layer rule's plain-JS module, so the tests stay strictly typed.
import type { ESLint } from 'eslint';

export interface LayerRules {
  folder: string;
  layers: string[];
  node: boolean;
  packages: '*' | string[];
  forbiddenPackages?: string[];
}

export function violation(
  file: string,
  specifier: string,
  options: { root: string; layers: Record<string, LayerRules> },
): string | null;

declare const plugin: ESLint.Plugin;
export default plugin;
