-- The shelters registry (budget capability). Ids are made by the application.
create table shelter (
    id                    uuid         not null,
    version               bigint       not null,
    name                  varchar(200) not null,
    city                  varchar(100) not null,
    operator_name         varchar(200) not null,
    opened_year           integer,
    foreign_eligible_from date,
    constraint pk_shelter primary key (id),
    constraint uq_shelter_name unique (name),
    constraint ck_shelter_opened_year check (opened_year is null or opened_year between 1991 and 2100)
);

create index ix_shelter_city on shelter (city);
