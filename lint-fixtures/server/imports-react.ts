// The server -> React (a package, but never React).
import { createElement } from 'react';

export const element = createElement;
