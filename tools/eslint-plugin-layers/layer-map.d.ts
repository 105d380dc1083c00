import type { LayerRules } from './index.js';

export declare const layerMap: Record<string, LayerRules>;
