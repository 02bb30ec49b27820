/** Every internal URL is built here, so links and the pages that answer them cannot drift apart. */
export const guideUrl = (company: string, role: string) => `/guides/${company}/${role}/`;
export const companyUrl = (company: string) => `/companies/${company}/`;
export const roleUrl = (role: string) => `/roles/${role}/`;
export const EDITORIAL_POLICY_URL = '/editorial-policy/';
