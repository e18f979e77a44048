-- Reference data: reloaded from the embedded CSVs at every open.
create table forces (
    force_code      varchar primary key,
    force_name      varchar not null,
    aliases         varchar,
    ons_code        varchar,
    rocu            varchar,
    region          varchar,
    country         varchar,
    population      integer,
    population_year integer
);

create table rocu_membership (
    force_code varchar not null,
    rocu       varchar not null,
    valid_from date,
    valid_to   date
);

create table operations (
    operation_code varchar primary key,
    name           varchar not null,
    starts_on      date not null,
    ends_on        date not null
);

create table metrics (
    metric_code varchar primary key,
    label       varchar not null,
    section     varchar,
    unit        varchar not null,
    parent      varchar,
    split_group varchar,
    item_kind   varchar,
    synonyms    varchar
);

create table items (
    item_kind varchar not null,
    item_code varchar primary key,
    label     varchar not null,
    synonyms  varchar
);

-- One row per pass of the job.
create table runs (
    run_id     varchar primary key,
    started_at timestamptz not null,
    ended_at   timestamptz,
    files_seen integer,
    loaded     integer,
    rejected   integer,
    duplicates integer,
    status     varchar not null, -- running, ok, rejections, failed
    error      varchar
);

-- Every file that arrived, and what became of it.
create sequence return_id_seq start 1;

create table returns (
    return_id      integer primary key,
    operation_code varchar not null,
    force_code     varchar not null,
    file_name      varchar not null,
    sha256         varchar not null,
    size_bytes     bigint,
    received_at    timestamptz not null,
    loaded_at      timestamptz not null,
    run_id         varchar not null,
    status         varchar not null, -- current, superseded
    superseded_by  integer
);

create table files (
    sha256      varchar not null,
    file_name   varchar not null,
    size_bytes  bigint,
    received_at timestamptz not null,
    run_id      varchar not null,
    outcome     varchar not null, -- loaded, rejected, duplicate
    return_id   integer,
    reason      varchar,
    stored_as   varchar
);

create table facts (
    return_id   integer not null,
    metric_code varchar not null,
    item_code   varchar,
    unit        varchar not null check (unit in ('people', 'count', 'gbp', 'eur', 'g', 'wraps', 'plants', 'tablets')),
    value       double,
    qualifier   varchar not null check (qualifier in ('exact', 'more_than', 'at_least', 'approximately', 'up_to', 'less_than', 'unquantified')),
    raw         varchar,
    sheet       varchar,
    cell        varchar,
    -- a figure without a number is unquantified, never a silent 0
    check ((value is null) = (qualifier = 'unquantified'))
);

create table messages (
    sha256    varchar not null,
    file_name varchar not null,
    run_id    varchar not null,
    return_id integer,
    severity  varchar not null,
    code      varchar not null,
    sheet     varchar,
    cell      varchar,
    text      varchar not null
);

-- Small key/value facts about the warehouse itself (e.g. the reference
-- data's hash, so a new binary's catalogue triggers a rebuild).
create table meta (
    key   varchar primary key,
    value varchar not null
);
