import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi, defaultTransport } from './api';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={createApi(defaultTransport())} />
  </StrictMode>,
);
