-- Figures to check before they are trusted: warnings, never a change to a
-- figure. Each row is one figure of a force's current return (force_figures,
-- with a number) and one test it fails. test 'history': the figure is more
-- than factor times the force's own median (compared_with) over the earlier
-- operations in which it gave the figure with a number (previous_operations
-- of them), or less than that median divided by factor. test 'peers': its
-- figure per 100,000 people (per_100k) is more than factor times the highest
-- rate of the other forces that gave the figure in the same operation, or
-- less than the lowest divided by factor (compared_with is that rate,
-- peer_force the force that has it, peers how many other forces there were:
-- at least two, each with a resident population). direction is above or
-- below; times is how many times. A zero is never flagged (no ratio), nor a
-- figure without a number; per_100k is NULL for a force with no resident
-- population (BTP), which has no peers test. factor is the configured
-- plausibility factor (meta 'plausibility_factor', the setting
-- COUNTYLINES_PLAUSIBILITY_FACTOR, 10 by default). return_id, sheet and
-- cell locate the figure (sheet and cell are NULL for an all-items figure
-- summed from items); message says it in one sentence naming both numbers.
-- Rebuilt on every pass, so it is the complete view once every peer has
-- returned; the messages of a return keep the warnings found by the pass
-- that loaded it (code implausible_history or implausible_peers).
with settings as (
    select max(try_cast(value as double)) as factor
    from meta
    where key = 'plausibility_factor'
),

figures as (
    select
        ff.operation_code,
        o.starts_on,
        ff.force_code,
        fr.force_name,
        ff.rocu,
        fr.population,
        ff.metric_code,
        ff.item_code,
        ff.unit,
        ff.value,
        case when fr.population > 0 then ff.value * 100000.0 / fr.population end as per_100k
    from force_figures as ff
    inner join operations as o
        on o.operation_code = ff.operation_code
    inner join force_rocu as fr
        on fr.operation_code = ff.operation_code
        and fr.force_code = ff.force_code
    where ff.value is not null
),

-- For each figure: the force's own earlier figures (history) and the
-- other forces' figures in the same operation (peers).
stats as (
    select
        f.*,
        median(f.value) over history as median_value,
        count(f.value) over history as previous_operations,
        first_value(f.operation_code) over history as first_operation,
        last_value(f.operation_code) over history as last_operation,
        count(f.per_100k) over peers as peers,
        max(f.per_100k) over peers as highest,
        arg_max(f.force_name, f.per_100k) over peers as highest_force,
        min(f.per_100k) over peers as lowest,
        arg_min(f.force_name, f.per_100k) over peers as lowest_force,
        s.factor
    from figures as f
    cross join settings as s
    window
        history as (
            partition by f.force_code, f.metric_code, f.item_code, f.unit
            order by f.starts_on
            rows between unbounded preceding and 1 preceding
        ),
        peers as (
            partition by f.operation_code, f.metric_code, f.item_code, f.unit
            rows between unbounded preceding and unbounded following exclude current row
        )
),

flagged as (
    select
        operation_code,
        force_code,
        rocu,
        metric_code,
        item_code,
        unit,
        value,
        per_100k,
        factor,
        'history' as test,
        case when value > factor * median_value then 'above' else 'below' end as direction,
        median_value as compared_with,
        null::varchar as peer_force,
        previous_operations,
        null::bigint as peers,
        case
            when previous_operations = 1 then 'operation (' || first_operation || ')'
            else 'operations (' || first_operation || ' to ' || last_operation || ')'
        end as operations_text
    from stats
    where value > 0
        and median_value > 0
        and (value > factor * median_value or value * factor < median_value)

    union all

    select
        operation_code,
        force_code,
        rocu,
        metric_code,
        item_code,
        unit,
        value,
        per_100k,
        factor,
        'peers' as test,
        case when per_100k > factor * highest then 'above' else 'below' end as direction,
        case when per_100k > factor * highest then highest else lowest end as compared_with,
        case when per_100k > factor * highest then highest_force else lowest_force end as peer_force,
        null::bigint as previous_operations,
        peers,
        null as operations_text
    from stats
    where peers >= 2
        and per_100k > 0
        and highest > 0
        and (per_100k > factor * highest or per_100k * factor < lowest)
),

-- The numbers as a person would write them: £1,234 or 56 g, rates to one
-- decimal place (two significant figures below 1).
described as (
    select
        fl.*,
        case
            when fl.direction = 'above' and fl.test = 'history' then fl.value / fl.compared_with
            when fl.test = 'history' then fl.compared_with / fl.value
            when fl.direction = 'above' then fl.per_100k / fl.compared_with
            else fl.compared_with / fl.per_100k
        end as times,
        m.label || coalesce(': ' || i.label, '') as what,
        case fl.unit when 'gbp' then '£' when 'eur' then '€' else '' end as before_number,
        case when fl.unit in ('people', 'count', 'gbp', 'eur') then '' else ' ' || fl.unit end as after_number,
        case
            when fl.value = trunc(fl.value) then format('{:,}', fl.value::hugeint)
            else format('{:,.2f}', fl.value)
        end as value_text,
        case
            when fl.compared_with = trunc(fl.compared_with) then format('{:,}', fl.compared_with::hugeint)
            else format('{:,.2f}', fl.compared_with)
        end as compared_text,
        case when fl.per_100k >= 1 then format('{:,.1f}', fl.per_100k) else format('{:.2g}', fl.per_100k) end as rate_text,
        case
            when fl.compared_with >= 1 then format('{:,.1f}', fl.compared_with)
            else format('{:.2g}', fl.compared_with)
        end as compared_rate_text
    from flagged as fl
    inner join metrics as m
        on m.metric_code = fl.metric_code
    left join items as i
        on i.item_code = fl.item_code
)

select
    d.operation_code,
    d.force_code,
    d.rocu,
    d.metric_code,
    d.item_code,
    d.unit,
    d.test,
    d.direction,
    d.value,
    round(d.per_100k, 4) as per_100k,
    round(d.compared_with, 4) as compared_with,
    d.peer_force,
    d.previous_operations,
    d.peers,
    round(d.times, 1) as times,
    d.factor,
    r.return_id,
    cf.sheet,
    cf.cell,
    d.what || ': ' || d.before_number || d.value_text || d.after_number
    || case
        when d.test = 'history'
            then format(
                ' is more than {}× {} its median of {} over {} previous {}',
                format('{:g}', d.factor), d.direction,
                d.before_number || d.compared_text || d.after_number, d.previous_operations, d.operations_text
            )
        else format(
            ' ({} per 100,000 people) is more than {}× {} the {} of {} other forces ({} per 100,000 people, {})',
            d.before_number || d.rate_text || d.after_number, format('{:g}', d.factor), d.direction,
            case when d.direction = 'above' then 'highest' else 'lowest' end, d.peers,
            d.before_number || d.compared_rate_text || d.after_number, d.peer_force
        )
    end
    || '; please check the figure' as message
from described as d
inner join returns as r
    on r.operation_code = d.operation_code
    and r.force_code = d.force_code
    and r.status = 'current'
left join current_facts as cf
    on cf.operation_code = d.operation_code
    and cf.force_code = d.force_code
    and cf.metric_code = d.metric_code
    and cf.item_code is not distinct from d.item_code
    and cf.unit = d.unit
order by d.operation_code, d.force_code, d.metric_code, d.item_code nulls first, d.unit, d.test
