-- The ledger so far enters the spending totals as changes the folder takes in (one per group).
insert into spending_change (id, fiscal_year, source, purpose, shelter_id, case_number, currency,
                             appropriated, allocated, committed, paid)
    select gen_random_uuid(), fiscal_year, source, purpose, shelter_id, case_number, currency,
           sum(case when kind = 'APPROPRIATION' then amount else 0 end),
           sum(case when kind = 'ALLOCATION' then amount else 0 end),
           sum(case when kind = 'COMMITMENT' then amount else 0 end),
           sum(case when kind = 'PAYMENT' then amount else 0 end)
    from budget_entry group by fiscal_year, source, purpose, shelter_id, case_number, currency;
