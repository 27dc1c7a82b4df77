// Typed contexts the app shell provides to every view: the API client.

import { createContext } from '@lit/context';
import type { ApiClient } from '../api/client';

export const apiContext = createContext<ApiClient>('quire-api');
