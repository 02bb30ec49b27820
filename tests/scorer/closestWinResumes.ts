/** Resumes invented for the closest wins of /match/: each names (or does not name) its role its own way. */

/** A senior backend engineer whose stack reaches into the browser: a React admin page, TypeScript, Jest. */
export const SENIOR_BACKEND = `Marta Kowalczyk
Senior Backend Engineer · Kraków, Poland · marta.k@example.pl · +48 600 123 456

Summary
Senior backend engineer running payment and billing services on the JVM for nine years.

Experience
Senior Backend Engineer, Fakturo — Apr 2020 – Present
• Built the invoicing API in Java 17 and Spring Boot, serving 2,500 requests/s at p99 under 80 ms
• Split the billing monolith into 6 services communicating over Kafka, cutting deploy time from 40 to 8 minutes
• Tuned PostgreSQL queries and added Redis caching, reducing database load by 45%
• Added a small React page to the internal admin tool so support could replay failed webhooks
Backend Developer, Kasa24 — Sep 2015 – Mar 2020
• Wrote REST endpoints in Java for 400,000 monthly card payments with idempotency keys
• Moved nightly settlement jobs to a queue-backed worker pool, finishing 3 hours earlier

Education
M.Sc. Computer Science, AGH University of Science and Technology — 2010 – 2015

Skills
Java, Kotlin, Spring Boot, PostgreSQL, Redis, Kafka, Docker, Kubernetes, REST, gRPC, TypeScript, React, Jest`;

/** A frontend developer on Vue and TypeScript, with a little Node.js on the side. */
export const VUE_FRONTEND = `Lucas Ferreira
Front-End Developer — Vue, TypeScript, accessibility
lucas.ferreira@example.com · +55 11 91234 5678 · github.com/lferreira

Experience
Front-End Developer, Viajou — Jan 2021 – Present
• Rebuilt the booking flow in Vue 3 and TypeScript, raising completed bookings by 18%
• Brought the checkout to WCAG 2.1 AA with semantic HTML and CSS, fixing 140 accessibility issues
• Cut the largest contentful paint from 4.1 s to 1.9 s with code splitting and image lazy loading
• Wrote a small Node.js proxy for the search API used by 3 teams
Web Developer, Agência Onda — Mar 2018 – Dec 2020
• Built 30 responsive marketing sites in HTML, CSS and JavaScript for retail clients
• Set up Cypress end-to-end tests that caught 25 regressions before release

Education
B.Sc. Information Systems, Universidade de São Paulo — 2014 – 2017

Skills
Vue, TypeScript, JavaScript, HTML, CSS, Sass, Accessibility, Cypress, Jest, Webpack, Node.js`;

/** A data engineer whose pipelines are written in Python and SQL, the languages backend guides ask for too. */
export const DATA_ENGINEER = `Kwame Mensah
Data Engineer | Accra, Ghana | kwame.mensah@example.com | +233 24 555 0199

Experience
Data Engineer, Momo Ledger — Feb 2021 – Present
• Built Airflow DAGs in Python loading 40M mobile-money events a day from Kafka into Snowflake
• Modelled the finance warehouse with dbt, replacing 120 hand-written SQL reports
• Moved batch jobs to Apache Spark on Databricks, cutting the nightly run from 5 hours to 50 minutes
• Added data quality checks that stopped 14 bad loads before analysts saw them
Analytics Engineer, Shopwise — Jul 2018 – Jan 2021
• Wrote SQL transformations and Looker dashboards used by 60 people in sales and finance

Education
B.Sc. Mathematics, University of Ghana — 2014 – 2018

Skills
Python, SQL, Apache Spark, Airflow, dbt, Snowflake, Kafka, Databricks, Looker, AWS`;

/** A product manager: roadmaps, research and experiments, with SQL. */
export const PRODUCT_MANAGER = `Hannah Okoye
Senior Product Manager
hannah.okoye@example.com · +44 20 7946 0321 · linkedin.com/in/hannahokoye

Experience
Senior Product Manager, Tally Health — May 2020 – Present
• Owned the roadmap for the patient booking app, growing weekly active users from 80,000 to 210,000
• Ran 35 A/B tests with the growth team, lifting sign-up conversion by 12%
• Interviewed 60 patients and clinicians to define requirements for repeat prescriptions
• Wrote SQL in BigQuery to size opportunities and report product metrics to the leadership team
Product Manager, Ledgerly — Jan 2017 – Apr 2020
• Launched invoicing for small businesses, reaching 9,000 paying customers in the first year

Education
B.A. Economics, University of Manchester — 2012 – 2015

Skills
Product strategy, Roadmapping, User research, A/B testing, SQL, Jira, Figma, Stakeholder management`;

/** A career changer with no title that names a role: a logistics coordinator who taught himself Python. */
export const CAREER_CHANGER = `Diego Ramírez
Valencia, Spain · diego.ramirez@example.es · +34 612 345 678

Summary
Eight years coordinating warehouse logistics; for the last two I have automated our reporting in Python.

Experience
Logistics Coordinator, Almacenes Turia — Mar 2016 – Present
• Automated the weekly stock report with Python and pandas, saving 6 hours of manual work a week
• Built an Excel and SQL model of delivery routes that cut fuel costs by 9%
• Coordinated 14 drivers and 3 warehouse shifts handling 2,000 parcels a day

Education
Certificate in Programming with Python, Universitat Oberta de Catalunya — 2022

Skills
Python, pandas, SQL, Excel, Git`;

/** A backend career told only through "Software Engineer" titles: the title names no speciality. */
export const GENERALIST_TITLED_BACKEND = `Aiko Tanaka
aiko.tanaka@example.jp · +81 90 1234 5678 · github.com/aikot

Experience
Software Engineer, Kumo Pay — Jun 2019 – Present
• Built Go services for payment authorisation handling 5,000 requests/s with p99 under 50 ms
• Designed gRPC and REST APIs used by 12 internal teams, with rate limiting and idempotency keys
• Partitioned the PostgreSQL ledger and added Redis caching, cutting query time by 70%
• Moved settlement events to Kafka with exactly-once consumers for 3M messages a day
Software Engineer, Hanami Soft — Apr 2016 – May 2019
• Wrote Python (Django) APIs for a booking platform with 200,000 users

Education
B.Eng. Information Engineering, Osaka University — 2012 – 2016

Skills
Go, Python, PostgreSQL, Redis, Kafka, gRPC, REST, Docker, Kubernetes`;
