/** One thing `npm run lint:content` refuses, printed as `file: field: message`. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}
