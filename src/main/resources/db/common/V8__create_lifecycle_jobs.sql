-- Bulk lifecycle work, processed in chunks; its progress is readable from every instance.

create table lifecycle_job (
    id            varchar(36)  primary key,
    action        varchar(20)  not null,
    actor         varchar(254) not null,
    reason        varchar(500),
    status        varchar(16)  not null,
    total         integer      not null,
    processed     integer      not null default 0,
    succeeded     integer      not null default 0,
    skipped       integer      not null default 0,
    failed        integer      not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    constraint lifecycle_job_status_known check (status in ('RUNNING', 'DONE', 'FAILED'))
);

-- The customers of a job that were skipped or failed, with the reason; done ones are only counted.
create table lifecycle_job_item (
    job_id       varchar(36)  not null references lifecycle_job (id) on delete cascade,
    customer_id  bigint       not null,
    outcome      varchar(16)  not null,
    reason       varchar(500) not null,
    primary key (job_id, customer_id)
);
