import { contextBridge } from 'electron'; contextBridge.exposeInMainWorld('valgo', {})
