"""fsrs-rs-python 0.9.3's `compute_parameters` (default settings) on a py-fsrs csv log's items
(Scripts/fsrs_rs_items.py, UTC, 4 h rollover), for Scripts/bench-optimizer: prints
`{"items": N, "fit_seconds": x}`. Run it under /usr/bin/time for the peak memory. With
--write-items OUT.txt it also writes the items for recall's side of the fit alone
(Scripts/bench-optimizer-training.swift's format: a first line of weights, then one item a line).

    python bench_fsrs_rs_fit.py LOG.csv [--write-items OUT.txt]
"""
import json
import os
import sys
import time

import fsrs_rs_python as fsrs

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fsrs_rs_items import items_of  # noqa: E402

raw = items_of(sys.argv[1], 4, 0)[0]
if "--write-items" in sys.argv:
    with open(sys.argv[sys.argv.index("--write-items") + 1], "w") as f:
        f.write(",".join(repr(float(x)) for x in fsrs.DEFAULT_PARAMETERS) + "\n")
        for item in raw:
            f.write(" ".join(f"{r}:{d}" for r, d in item) + "\n")
items = [fsrs.FSRSItem([fsrs.FSRSReview(r, d) for r, d in item]) for item in raw]
start = time.perf_counter()
fsrs.FSRS(fsrs.DEFAULT_PARAMETERS).compute_parameters(items)
print(json.dumps({"items": len(items), "fit_seconds": time.perf_counter() - start}))
