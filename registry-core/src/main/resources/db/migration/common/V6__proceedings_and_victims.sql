-- Criminal proceedings and their victims (proceedings capability). Victims appear everywhere by
-- a pseudonymous code; identities (of victims and of convicted persons) are stored only
-- encrypted (AES-256-GCM, key from configuration) and read only by court clerks, each read audited.
create table criminal_proceeding (
    id                  uuid         not null,
    version             bigint       not null,
    registration_number varchar(40)  not null,
    articles            varchar(200) not null,
    prosecuting_body    varchar(200) not null,
    court               varchar(200),
    stage               varchar(30)  not null,
    registered_on       date         not null,
    sent_to_court_on    date,
    verdict_on          date,
    created_at          timestamp with time zone not null,
    constraint pk_criminal_proceeding primary key (id),
    constraint uq_criminal_proceeding_number unique (registration_number)
);

create table convicted_person (
    id                 uuid          not null,
    version            bigint        not null,
    proceeding_id      uuid          not null,
    person_code        varchar(20)   not null,
    identity_protected varchar(4000) not null,
    convicted_on       date          not null,
    created_at         timestamp with time zone not null,
    constraint pk_convicted_person primary key (id),
    constraint uq_convicted_person_code unique (person_code),
    constraint fk_convicted_person_proceeding foreign key (proceeding_id) references criminal_proceeding (id)
);

create index ix_convicted_person_proceeding on convicted_person (proceeding_id);

create table victim (
    id                 uuid          not null,
    version            bigint        not null,
    victim_code        varchar(20)   not null,
    citizenship        varchar(2)    not null,
    sex                varchar(10)   not null,
    minor              boolean       not null,
    exploitation       varchar(30)   not null,
    identity_protected varchar(4000) not null,
    created_at         timestamp with time zone not null,
    constraint pk_victim primary key (id),
    constraint uq_victim_code unique (victim_code)
);

create index ix_victim_citizenship on victim (citizenship);

-- The dated resolution that recognises a person as a victim in a proceeding.
create table victim_recognition (
    id                uuid        not null,
    version           bigint      not null,
    victim_id         uuid        not null,
    proceeding_id     uuid        not null,
    recognised_on     date        not null,
    resolution_number varchar(60),
    created_at        timestamp with time zone not null,
    constraint pk_victim_recognition primary key (id),
    constraint uq_victim_recognition unique (victim_id, proceeding_id),
    constraint fk_victim_recognition_victim foreign key (victim_id) references victim (id),
    constraint fk_victim_recognition_proceeding foreign key (proceeding_id) references criminal_proceeding (id)
);

create index ix_victim_recognition_proceeding on victim_recognition (proceeding_id);
