"""py-fsrs 6.3.2's Scheduler with recall's default settings (desired retention 0.9, learning
steps 1m,10m, relearning 10m, maximum interval 36500) and fuzz off: what the checks that replay
a log with py-fsrs itself use (stats_reference.py, exam_retrievability.py)."""
import datetime as dt

import fsrs


def scheduler():
    return fsrs.Scheduler(desired_retention=0.9,
                          learning_steps=(dt.timedelta(minutes=1), dt.timedelta(minutes=10)),
                          relearning_steps=(dt.timedelta(minutes=10),),
                          maximum_interval=36500, enable_fuzzing=False)
