-- Must return no rows: every figure lands in a region.
select distinct operation_code, force_code
from current_facts
where rocu is null
