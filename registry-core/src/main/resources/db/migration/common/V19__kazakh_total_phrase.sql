-- A reporting basis words its year's total in Kazakh too: the year's sentence is written in
-- English, Russian and Kazakh. Bases recorded before say nothing in Kazakh (the sentence then
-- uses the English words for the total).
alter table reporting_basis add column total_phrase_kk varchar(200);

-- Bases worded as the US TIP report 2018 (the demo's, and any that copied its words) take its Kazakh words.
update reporting_basis set total_phrase_kk = 'құрбандарға тікелей көмек'
 where total_phrase = 'direct victim assistance' and total_phrase_ru = 'прямую помощь жертвам' and total_phrase_kk is null;
