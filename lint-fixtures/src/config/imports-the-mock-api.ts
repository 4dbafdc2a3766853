// App code -> the mock API (only the named exceptions may).
import { server } from '../../mocks/node';

export const mockServer = server;
