export const SITE_NAME = 'Shortlist';
export const SITE_TAGLINE = 'Resume ATS guides for specific companies and roles';
