// The worker file only exposes the API; the functions live in compute-api.ts (squoosh's pattern).
import { expose } from 'comlink';
import { computeApi } from './compute-api';

expose(computeApi);
