// The contract -> a Node module (the browser loads the contract).
import { readFileSync } from 'node:fs';

export const read = readFileSync;
