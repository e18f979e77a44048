"""Reads every sample return with pandas, as the baseline for BenchmarkPass.

Usage: python3 bench/pandas_read.py fixtures/returns/2021-10/*.xlsx
"""
import sys

import pandas

for path in sys.argv[1:]:
    pandas.read_excel(path, sheet_name=None)
