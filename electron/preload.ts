import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from './shell/invoke-channel';
import { createValgoBridge } from './shell/valgo-bridge';

// The page gets exactly one object, `window.valgo`, with one method; ipcRenderer itself never
// crosses into the page's world (it could send on any channel).
contextBridge.exposeInMainWorld(
  'valgo',
  createValgoBridge((channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input)),
);
