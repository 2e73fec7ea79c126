"""fsrs-rs-python 0.9.3's `compute_parameters` (default settings) on a py-fsrs csv log's items
(Scripts/fsrs_rs_items.py, UTC, 4 h rollover), for Scripts/bench-optimizer: prints
`{"items": N, "fit_seconds": x}`. Run it under /usr/bin/time for the peak memory.

    python bench_fsrs_rs_fit.py LOG.csv
"""
import json
import os
import sys
import time

import fsrs_rs_python as fsrs

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fsrs_rs_items import items_of  # noqa: E402

items = [fsrs.FSRSItem([fsrs.FSRSReview(r, d) for r, d in item]) for item in items_of(sys.argv[1], 4, 0)[0]]
start = time.perf_counter()
fsrs.FSRS(fsrs.DEFAULT_PARAMETERS).compute_parameters(items)
print(json.dumps({"items": len(items), "fit_seconds": time.perf_counter() - start}))
