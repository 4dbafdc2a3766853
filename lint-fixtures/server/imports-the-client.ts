// The server -> the API client.
import { apiGet } from '../src/api/api-client';

export const get = apiGet;
