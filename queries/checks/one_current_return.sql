-- Must return no rows: a force has at most one current return per operation.
select operation_code, force_code, count(*) as current_returns
from returns
where status = 'current'
group by operation_code, force_code
having count(*) > 1
