// The contract -> the API client (and everything else in src/ but itself).
import { apiGet } from '../api/api-client';

export const get = apiGet;
