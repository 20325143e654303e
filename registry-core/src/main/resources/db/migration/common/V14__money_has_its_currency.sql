-- Every amount of money is stored with its currency beside it, as the ledger's entries always were,
-- so each entity keeps one Money value (amount and currency) instead of rebuilding it from a bare
-- number. The compensation law pays in tenge: every amount already held is tenge. A claim's amount
-- and the MCI it was figured with stay empty, currency too, until the claim is approved.
alter table fund_entry add column currency varchar(3) default 'KZT' not null;
alter table payment_register add column currency varchar(3) default 'KZT' not null;
alter table recovery add column due_currency varchar(3) default 'KZT' not null;
alter table recovery add column recovered_currency varchar(3) default 'KZT' not null;
alter table mci_value add column currency varchar(3) default 'KZT' not null;
alter table compensation_claim add column currency varchar(3);
alter table compensation_claim add column mci_currency varchar(3);
update compensation_claim set currency = 'KZT' where amount is not null;
update compensation_claim set mci_currency = 'KZT' where mci_value is not null;
