-- The plausibility factor the implausible_figures rollup reads: a figure
-- more than this many times its force's median, or beyond its peers' range
-- per 100,000 people by as much, is listed as a warning. A pass writes the
-- configured value here (SetPlausibilityFactor); this is the value a
-- warehouse starts with.
insert into meta (key, value) values ('plausibility_factor', '10');
