-- The budget capability's words in the languages the registry answers in (English is the name
-- itself); a purpose added without them is named in English everywhere.
alter table budget_purpose add column name_ru varchar(200);
alter table budget_purpose add column name_kk varchar(200);

update budget_purpose set name_ru = 'Помощь в приютах: юридическая, психологическая и медицинская помощь в приютах НПО',
    name_kk = 'Баспанадағы көмек: ҮЕҰ баспаналарындағы заң, психологиялық және медициналық көмек'
    where code = 'shelter-assistance';
update budget_purpose set name_ru = 'Помощь жертвам в ходе расследований: защита свидетелей, досудебный приют, питание, одежда, медицинская и юридическая помощь',
    name_kk = 'Тергеу кезіндегі құрбандарға көмек: куәгерлерді қорғау, сотқа дейінгі баспана, тамақ, киім, медициналық және заң көмегі'
    where code = 'investigation-assistance';
update budget_purpose set name_ru = 'Горячая линия по вопросам торговли людьми',
    name_kk = 'Адам саудасы мәселелері бойынша сенім телефоны'
    where code = 'hotline';

-- A year whose money the registry is known to hold only part of (other agencies' spending not
-- entered): its figures are a floor, and the year's summary says "at least".
alter table fiscal_period add column incomplete boolean default false not null;

-- The agency that allocates an appropriation (a ministry, an akimat), when the entry says: the
-- year's summary names it.
alter table budget_entry add column agency varchar(200);
