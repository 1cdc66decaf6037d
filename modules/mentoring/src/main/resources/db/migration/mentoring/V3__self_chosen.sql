-- Self-chosen matching: a mentee asks a mentor (from their suggestions); the mentor accepts, declines or asks
-- for more; a request nobody answers expires. Suggestions a mentee dismissed are not offered again.
create table mentoring.mentor_request (
    id                uuid primary key,
    programme_id      uuid not null references mentoring.programme (id),
    mentee_intake_id  uuid not null references mentoring.intake (id),
    mentor_intake_id  uuid not null references mentoring.intake (id),
    message           varchar(2000) not null,
    status            varchar(20) not null,   -- WAITING, MORE_ASKED, ACCEPTED, DECLINED, EXPIRED
    mentor_reply      varchar(2000) not null default '',
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    answered_at       timestamptz,
    version           integer not null default 0
);
create index mentor_request_mentor on mentoring.mentor_request (mentor_intake_id, status);
create index mentor_request_mentee on mentoring.mentor_request (mentee_intake_id, status);
create index mentor_request_open on mentoring.mentor_request (expires_at) where status in ('WAITING', 'MORE_ASKED');

create table mentoring.dismissed_suggestion (
    mentee_intake_id  uuid not null references mentoring.intake (id),
    mentor_intake_id  uuid not null references mentoring.intake (id),
    dismissed_at      timestamptz not null,
    primary key (mentee_intake_id, mentor_intake_id)
);
