-- The pages read in English, Russian and Kazakh, so what the registry names in words is kept in all three.

-- A reporting basis words its year's total in Kazakh too: the year's sentence is written in English,
-- Russian and Kazakh. Bases recorded before say nothing in Kazakh (the sentence then uses the English
-- words for the total), except those worded as the US TIP report 2018 (the demo's, and any that copied
-- its words), which take its Kazakh words.
alter table reporting_basis add column total_phrase_kk varchar(200);
update reporting_basis set total_phrase_kk = 'құрбандарға тікелей көмек'
 where total_phrase = 'direct victim assistance' and total_phrase_ru = 'прямую помощь жертвам' and total_phrase_kk is null;

-- The compensation law's categories by their Russian and Kazakh names too (a category recorded later
-- gives them, or the pages show its English name). The names follow the categories of the law on the
-- Victims Compensation Fund (2020) as V5 records them.
alter table compensation_category add column name_ru varchar(300);
alter table compensation_category add column name_kk varchar(300);
update compensation_category set name_ru = 'Потерпевшие от торговли людьми',
    name_kk = 'Адам саудасынан жәбірленушілер' where code = 'trafficking-in-persons';
update compensation_category set name_ru = 'Потерпевшие от торговли несовершеннолетними',
    name_kk = 'Кәмелетке толмағандарды саудалаудан жәбірленушілер' where code = 'trafficking-in-minors';
update compensation_category set name_ru = 'Потерпевшие от пыток',
    name_kk = 'Азаптаудан жәбірленушілер' where code = 'torture';
update compensation_category set name_ru = 'Несовершеннолетние, пострадавшие от сексуального насилия',
    name_kk = 'Жыныстық зорлық-зомбылықтан зардап шеккен кәмелетке толмағандар' where code = 'sexual-violence-against-minors';
update compensation_category set name_ru = 'Тяжкий вред здоровью или заражение ВИЧ',
    name_kk = 'Денсаулыққа ауыр зиян немесе АИТВ жұқтыру' where code = 'serious-harm-or-hiv';
update compensation_category set name_ru = 'Смерть потерпевшего, выплата правопреемникам',
    name_kk = 'Жәбірленушінің қайтыс болуы, мұрагерлеріне төленеді' where code = 'death';
