-- Must return no rows: a force has one figure per operation, metric, item
-- and unit, so that no total counts a force twice.
select operation_code, force_code, metric_code, item_code, unit, count(*) as figures
from force_figures
group by operation_code, force_code, metric_code, item_code, unit
having count(*) > 1
