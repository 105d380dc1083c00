// The preload of every app window (sandboxed: it may only require 'electron'; esbuild
// bundles the contract into it). It exposes `window.interpretable` and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './preload/build-preload-api';
import { PRELOAD_API_KEY } from './preload-api';

contextBridge.exposeInMainWorld(PRELOAD_API_KEY, buildPreloadApi(ipcRenderer));
