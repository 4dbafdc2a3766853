import { parseCsvUpload } from './parse-csv-upload';

/** The upload as parsed, or an error (failing the test) when the file was refused. */
export const read = (body: string) => {
  const result = parseCsvUpload(body);
  if (!result.ok) throw new Error(`expected a readable CSV, got ${JSON.stringify(result.issue)}`);
  return result;
};
