-- Every claim so far gets its fact, and the facts enter the totals as changes the folder takes in.
-- The same definitions as the compensation report's over the claims (CompensationReports).
insert into claim_fact (claim_id, filed_year, category, status, citizenship, sex, minor, exploitation,
                        decision_days, payment_days, undecided_month, claims, decided, approved_claims, approved,
                        paid_claims, paid, recovered, decided_late)
    select c.id, cast(extract(year from c.filed_on) as integer), c.category, c.status, v.citizenship, v.sex, v.minor,
           v.exploitation,
           case when c.decided_on is not null then datediff(day, c.filed_on, c.decided_on) end,
           case when c.paid_on is not null then datediff(day, c.filed_on, c.paid_on) end,
           case when c.status in ('RECEIVED', 'UNDER_REVIEW')
                then cast(extract(year from c.filed_on) * 100 + extract(month from c.filed_on) as integer) end,
           1,
           case when c.decided_on is not null then 1 else 0 end,
           case when c.status in ('APPROVED', 'ON_REGISTER', 'PAID', 'RECOURSE_OPENED', 'RECOVERED') then 1 else 0 end,
           case when c.status in ('APPROVED', 'ON_REGISTER', 'PAID', 'RECOURSE_OPENED', 'RECOVERED') then c.amount else 0 end,
           case when c.paid_on is not null then 1 else 0 end,
           case when c.paid_on is not null then c.amount else 0 end,
           coalesce(r.recovered, 0),
           case when c.decided_on is not null and c.decided_on > dateadd(month, 2, c.filed_on) then 1 else 0 end
    from compensation_claim c join victim v on v.id = c.victim_id left join recovery r on r.claim_id = c.id;

insert into claim_change (id, filed_year, category, status, citizenship, sex, minor, exploitation, decision_days,
                          payment_days, undecided_month, claims, decided, approved_claims, approved, paid_claims, paid,
                          recovered, decided_late)
    select random_uuid(), filed_year, category, status, citizenship, sex, minor, exploitation, decision_days, payment_days,
           undecided_month, sum(claims), sum(decided), sum(approved_claims), sum(approved), sum(paid_claims), sum(paid),
           sum(recovered), sum(decided_late)
    from claim_fact
    group by filed_year, category, status, citizenship, sex, minor, exploitation, decision_days, payment_days,
             undecided_month;
