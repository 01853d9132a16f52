"""A quicker event queue for SimPy when hundreds of thousands of users wait at once (SimPy's own extension point:
a subclass of ``simpy.Environment``).

SimPy keeps every scheduled event in one heap; with 200,000 users waiting, each push and pop walks about 17 levels
of it. This environment keeps in its heap only the events of the current hour; later ones wait in one list per
hour, made into a heap when their hour comes (a calendar queue). Events are processed in exactly SimPy's order
(time, priority, then the order they were scheduled), so the results are identical (``tests/test_migration.py``
checks it); only the time they take changes (docs/measurements.md).
Use ``simpy.Environment`` instead by setting ``Migration.Environment``.
"""

from __future__ import annotations

from heapq import heapify, heappop, heappush

import simpy
from simpy.core import NORMAL
from simpy.events import EventPriority

from joinsim.common.errors import Interrupted

HOUR = 3600.0


class CalendarQueueEnvironment(simpy.Environment):
    def __init__(self, initial_time: float = 0) -> None:
        super().__init__(initial_time)
        self._until = (initial_time // HOUR + 1) * HOUR  # events before this time are in the heap
        self._later: dict[int, list] = {}  # hour -> the events of that hour, not yet a heap
        self._hours: list[int] = []  # the hours in _later, as a heap

    def schedule(self, event: simpy.Event, priority: EventPriority = NORMAL, delay: float = 0) -> None:
        at = self._now + delay
        if at < self._until:
            heappush(self._queue, (at, priority, next(self._eid), event))
            return
        hour = int(at // HOUR)
        later = self._later.get(hour)
        if later is None:
            later = self._later[hour] = []
            heappush(self._hours, hour)
        later.append((at, priority, next(self._eid), event))

    def _next_hour(self) -> None:
        if self._hours:
            hour = heappop(self._hours)
            queue = self._later.pop(hour)
            heapify(queue)
            self._queue = queue
            self._until = (hour + 1) * HOUR

    def step(self) -> None:
        if Interrupted.pending:  # (a signal a journey's process swallowed: see joinsim.errors.Interrupted)
            raise Interrupted(Interrupted.pending)
        if not self._queue:
            self._next_hour()
        super().step()

    def peek(self) -> float:
        if not self._queue:
            self._next_hour()
        return super().peek()


def take_scheduled(env: simpy.Environment) -> list[simpy.Event]:
    """Every event still scheduled in ``env`` (a ``CalendarQueueEnvironment`` or SimPy's own), taken out: the
    environment is left with nothing to do (``peek()`` is infinity)."""
    scheduled = [item[3] for item in env._queue]
    env._queue.clear()
    if isinstance(env, CalendarQueueEnvironment):
        scheduled += [item[3] for hour in env._later.values() for item in hour]
        env._later.clear()
        env._hours.clear()
    return scheduled
