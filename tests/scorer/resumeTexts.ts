/** Readable resumes for the scorer's tests: one honest and tailored, others made to show a single trap. */

export const BACKEND_RESUME = `Jane Doe
Berlin, Germany · jane.doe@example.com · +49 30 12345678 · linkedin.com/in/janedoe · github.com/janedoe

Summary
Backend engineer building payment infrastructure and distributed systems.

Experience
Senior Backend Engineer, Acme Payments — Mar 2021 – Present
• Built a Go service for idempotency keys that handles 4,000 requests/s with p99 latency under 40 ms
• Cut failed payouts by 35% by adding retries with exponential backoff and circuit breakers around the bank API
• Designed a REST API for refunds used by 300 merchants, with versioning and rate limiting per account
• Migrated the ledger from MySQL to PostgreSQL with zero downtime, reconciling 2M rows a day
• Streamed settlement events through Kafka to 6 consumers, deduplicating redelivered messages
Backend Engineer, Shoply — Jun 2018 – Feb 2021
• Wrote Ruby on Rails services for checkout and order history serving 1.2M users
• Reduced checkout latency by 45% with Redis caching and query optimization on the orders table
• Deployed services on Kubernetes with Docker on AWS, saving $8k a month
• Added Prometheus alerts that caught 3 incidents before customers did

Education
B.Sc. Computer Science, TU Berlin — 2014 – 2018

Skills
Go, Ruby, Java, Python, PostgreSQL, MySQL, Redis, Kafka, Docker, Kubernetes, AWS, REST, gRPC, OAuth
`;

export const KEYWORD_DUMP = `Jane Doe
jane.doe@example.com

Skills
Go, Ruby, Java, Python, PostgreSQL, MySQL, Redis, Kafka, RabbitMQ, Docker, Kubernetes, AWS, REST, gRPC, GraphQL,
OAuth, JWT, Microservices, Distributed Systems, Idempotency, Caching, Rate Limiting, Circuit Breakers, Observability,
Prometheus, Performance Tuning, Payments, Ledgers, Technical Writing, TypeScript, Schema Design, NoSQL, MongoDB
Go Go Go Go Go Go Go Go Go Go Kafka Kafka Kafka Kafka Kafka Kafka Kafka Kafka Kafka
`;

/** The same career as BACKEND_RESUME before tailoring: the work is there, the names of the tools are not. */
export const UNTAILORED_RESUME = `Jane Doe
Berlin, Germany · jane.doe@example.com · +49 30 12345678 · linkedin.com/in/janedoe

Summary
Software engineer who likes building things that work.

Experience
Senior Software Engineer, Acme Payments — Mar 2021 – Present
• Built a service that handles 4,000 requests/s with p99 latency under 40 ms
• Cut failed payouts by 35% by making calls to the bank more robust
• Built endpoints for refunds used by 300 merchants
• Moved the main database to a new server with zero downtime, checking 2M rows a day
• Sent settlement events to 6 consumers
Software Engineer, Shoply — Jun 2018 – Feb 2021
• Wrote services for checkout and order history serving 1.2M users
• Reduced checkout latency by 45% by storing results in memory
• Ran services in the cloud, saving $8k a month
• Added alerts that caught 3 incidents before customers did

Education
B.Sc. Computer Science, TU Berlin — 2014 – 2018

Skills
Programming, databases, backend development
`;

export const STRIPE_JOB_DESCRIPTION = `Backend Engineer, Payments Infrastructure

About the role
You will build the APIs that move money for millions of businesses. Our services are written in Ruby and Go
and run on Kubernetes. You will own payment ledger services end to end, from design docs to on-call, and care about developer experience.

What you'll need
- 5+ years building backend services in Java, Go or Ruby
- Experience with PostgreSQL and Kafka at scale
- Deep understanding of distributed systems and API design
- Ownership of payment ledger services in production
- A record of improving developer experience for API users

Nice to have
- Experience with GraphQL
- Familiarity with Terraform
`;

const EXTRA_ROLE = (company: string, years: string) => `Backend Engineer, ${company} — ${years}
• Built an event-driven billing pipeline in Java and Kafka that processes 12M invoices a month
• Reduced p95 API latency from 480 ms to 120 ms by adding Redis caching and rewriting 14 slow SQL queries
• Designed gRPC contracts between 9 microservices and wrote the design docs the team reviewed
• Introduced idempotency keys and retries with exponential backoff, cutting duplicate charges to zero
• Ran load tests at 3x peak traffic and fixed 5 race conditions in the payout scheduler
• Mentored 4 engineers through their first on-call rotations and wrote the incident runbooks
`;

/** BACKEND_RESUME with `count` further roles of six bullets, for benchmarks. */
export function resumeWithRoles(count: number): string {
  const roles = Array.from({ length: count }, (_, index) => EXTRA_ROLE(`Company ${index + 1}`, `${2000 + index} – ${2001 + index}`));
  return BACKEND_RESUME.replace('\nEducation\n', `${roles.join('')}\nEducation\n`);
}

/** A resume of about `pages` pages of text (some 450 words a page). */
export const resumeOfPages = (pages: number) => resumeWithRoles(pages * 4 - 1);

/** A frontend engineer's resume, for ranking tests. */
export const FRONTEND_RESUME = `Sam Lee
sam@lee.dev · +1 415 555 0100 · github.com/samlee

Experience
Frontend Engineer, Shoply — 2019 – Present
• Built the checkout UI in React and TypeScript used by 2M shoppers a month
• Cut bundle size by 40% and improved Core Web Vitals with code splitting in Webpack
• Led the design system: 60 accessible components with WCAG 2.1 AA audits and Storybook docs
• Wrote Jest and Playwright tests that caught 30 regressions before release

Education
B.A. Design, RISD — 2015 – 2019

Skills
React, TypeScript, JavaScript, CSS, HTML, Redux, GraphQL, Jest, Webpack, Accessibility
`;
