-- Each force's headline figures (all items together) with rates per
-- 100,000 population and its rank among the forces that gave the figure.
-- Forces without a resident population (BTP) get no rate and no rank.
-- hedged and unquantified (0 or 1, as in force_figures) say that a figure
-- is an estimate, or leaves out a part reported without a number (its
-- own total was 'TBC' and its listed items are added up instead).
with figures as (
    select
        ff.operation_code,
        ff.force_code,
        fr.force_name,
        ff.rocu,
        fr.population,
        ff.metric_code,
        ff.unit,
        ff.value,
        ff.hedged,
        ff.unquantified
    from force_figures as ff
    inner join force_rocu as fr
        on fr.operation_code = ff.operation_code
        and fr.force_code = ff.force_code
    where ff.item_code is null
        and ff.value is not null
),

rated as (
    select
        *,
        case when population > 0 then round(value * 100000.0 / population, 2) end as per_100k
    from figures
)

select
    operation_code,
    metric_code,
    unit,
    force_code,
    force_name,
    rocu,
    population,
    value,
    per_100k,
    case
        when per_100k is not null
            then rank() over (
                partition by operation_code, metric_code, unit, per_100k is null
                order by per_100k desc
            )
    end as rank_per_100k,
    hedged,
    unquantified
from rated
order by operation_code, metric_code, unit, rank_per_100k nulls last, force_code
