import { describe, expect, it } from 'vitest';
import { extractJobKeywords } from '../../src/scorer/extractJobKeywords.ts';
import { taxonomy } from './taxonomyFixture.ts';

const keywordsOf = (posting: string) => extractJobKeywords(posting, taxonomy);
const groupsOf = (posting: string) => keywordsOf(posting).filter((spec) => spec.terms.length > 1);
/** Each keyword as its label and the skills that meet it. */
const read = (posting: string) => keywordsOf(posting).map((spec) => [spec.label, spec.terms]);

describe('alternatives a posting offers', () => {
  it.each([
    ['a comma list ending in "or"', 'Requirements\n- Production experience in Kotlin, Scala or Elixir', 'Kotlin, Scala or Elixir', ['Kotlin', 'Scala', 'Elixir']],
    ['two skills joined by "or"', 'Requirements\n- Comfortable modelling data in MongoDB or DynamoDB', 'MongoDB or DynamoDB', ['MongoDB', 'DynamoDB']],
    ['a slash between two of a kind', 'Requirements\n- Strong C#/Java skills for our services', 'C# or Java', ['C#', 'Java']],
    ['"one of"', 'Requirements\n- Fluency in one of Rust, C++, Go', 'Rust, C++ or Go', ['Rust', 'C++', 'Go']],
    ['"any of"', 'Requirements\n- Hands-on time with any of Jenkins, CircleCI, GitHub Actions', 'Jenkins, CircleCI or GitHub Actions', ['Jenkins', 'CircleCI', 'GitHub Actions']],
    ['"such as"', 'Requirements\n- A component framework such as React, Vue, Svelte', 'React, Vue or Svelte', ['React', 'Vue', 'Svelte']],
    ['"e.g."', 'Requirements\n- Infrastructure tooling (e.g. Ansible, Chef)', 'Ansible or Chef', ['Ansible', 'Chef']],
    ['"like X or Y"', 'Requirements\n- A time-series store like InfluxDB or ClickHouse', 'InfluxDB or ClickHouse', ['InfluxDB', 'ClickHouse']],
    ['"X, Y, or similar"', 'Requirements\n- Dashboards in Grafana, Datadog, or similar', 'Grafana or Datadog', ['Grafana', 'Datadog']],
    ['"X or another kind"', 'Requirements\n- Puppet or another configuration management tool', 'Puppet or Configuration Management', ['Puppet', 'Configuration Management']],
    ['names the taxonomy lacks among them', 'Requirements\n- Experience with Snowflake, Firebolt, or Redshift', 'Snowflake or Redshift', ['Snowflake', 'Redshift']],
  ])('reads %s as one requirement met by any of them', (_, posting, label, terms) => {
    expect(groupsOf(posting)).toEqual([expect.objectContaining({ label, terms, importance: 'required' })]);
    // None of the alternatives is asked for on its own.
    expect(keywordsOf(posting).filter((spec) => spec.terms.length === 1 && terms.includes(spec.terms[0]!))).toEqual([]);
  });

  it("takes a concept's examples as one keyword, the concept among its terms", () => {
    expect(read('Requirements\n- A relational database (MySQL, SQL Server)')).toEqual([['Relational Databases (MySQL or SQL Server)', ['Relational Databases', 'MySQL', 'SQL Server']]]);
    expect(read('Requirements\n- Job queues such as Celery, Dramatiq, or Sidekiq')).toEqual([['Background Jobs (Celery or Sidekiq)', ['Background Jobs', 'Celery', 'Sidekiq']]]);
    expect(read('Requirements\n- NoSQL stores like Cassandra or DynamoDB')).toEqual([['NoSQL (Cassandra or DynamoDB)', ['NoSQL', 'Cassandra', 'DynamoDB']]]);
    expect(read('Requirements\n- Caching layers (Memcached or Redis)')).toEqual([['Caching (Memcached or Redis)', ['Caching', 'Memcached', 'Redis']]]);
    expect(read('Requirements\n- Experience with a cloud platform such as Azure or GCP')).toEqual([['Azure or GCP', ['Azure', 'GCP']]]);
  });

  it('asks for each skill of a list joined by "and"', () => {
    expect(read('Requirements\n- Python, Django and PostgreSQL in production')).toEqual([
      ['Python', ['Python']],
      ['Django', ['Django']],
      ['PostgreSQL', ['PostgreSQL']],
    ]);
    expect(groupsOf('Requirements\n- Experience with Snowflake and BigQuery, Redshift and dbt')).toEqual([]);
  });

  it("reads a tool's parts in brackets, a slash between a language and its framework, and a job title's stack as no choice", () => {
    expect(groupsOf('Requirements\n- We deploy to AWS (AWS Lambda, DynamoDB, Redshift)')).toEqual([]);
    expect(groupsOf('Requirements\n- Solid PHP/Laravel experience')).toEqual([]);
    expect(groupsOf('Backend Developer — Python/Go\n\nRequirements\n- Python')).toEqual([]);
  });

  it('keeps a skill the posting also names on its own, beside the choice it belongs to', () => {
    const posting = "What you'll do\n- Build the billing service in Ruby\n\nRequirements\n- Ruby or Elixir\n\nNice to have\n- Heroku or Vercel";
    expect(keywordsOf(posting).map((spec) => [spec.label, spec.importance])).toEqual([
      ['Ruby', 'preferred'],
      ['Ruby or Elixir', 'required'],
      ['Heroku or Vercel', 'preferred'],
    ]);
  });

  it('reads the same choice named twice as one keyword', () => {
    expect(groupsOf('Requirements\n- Neo4j or MongoDB\n\nNice to have\n- Deep experience with MongoDB or Neo4j').map((spec) => spec.label)).toEqual(['Neo4j or MongoDB']);
  });
});
