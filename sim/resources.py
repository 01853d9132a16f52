"""People with limited capacity: a ``simpy.Resource`` that also records how long each request waited and how busy
its units were (after Law, *Simulation Modeling and Analysis*, and pydesrap_mms' ``MonitoredResource``).

Used like ``simpy.Resource``, the work done in the resource's working hours (``joinsim.sim.calendars``)::

    with migration.admins.request() as admin:
        yield admin
        yield from migration.admins.work(contact_time)

A request made outside working time is served from the next working moment; a task that does not fit before
closing time continues at the next opening. A wait counts until the work begins.

A capacity of 0 in the config means "as many as needed": no one ever waits, and no utilisation is reported.
Its ``queue`` (a ``WaitingLine``) and ``users`` (``InService``) read like SimPy's lists (``len``, iteration, ``in``,
``[i]``) but are not lists: no slices, and ``list(resource.users)`` to compare or copy them.
"""

from __future__ import annotations

import sys
from collections import deque

import numpy as np
import simpy

from joinsim.sim.calendars import WorkingTime


class WaitingLine(deque):
    """The requests waiting for a resource, first come first served (SimPy's ``PutQueue`` extension point). SimPy's
    default, a list, takes the first request out with ``pop(0)``, which moves every request behind it: a long line
    costs the square of its length. This deque takes a request out of its front at once (docs/measurements.md)."""

    def pop(self, index: int = -1):
        if index == 0:
            return self.popleft()
        request = self[index]
        del self[index]
        return request


class InService:
    """The requests being served (SimPy's ``Resource.users``), in the order they were granted. SimPy keeps them in a
    list, and a release searches it: slow when "as many as needed" admins serve a whole batch at once
    (docs/measurements.md). Kept in a dict, a release takes its request out at once. Reads like the list: ``len``,
    iteration, ``in``, ``[i]``."""

    def __init__(self) -> None:
        self._requests: dict[simpy.resources.resource.Request, None] = {}

    def append(self, request) -> None:
        self._requests[request] = None

    def remove(self, request) -> None:
        try:
            del self._requests[request]
        except KeyError:
            raise ValueError("not in service") from None  # (what SimPy expects of a list)

    def __len__(self) -> int:
        return len(self._requests)

    def __iter__(self):
        return iter(self._requests)

    def __contains__(self, request) -> bool:
        return request in self._requests

    def __getitem__(self, index: int):
        return list(self._requests)[index]

    def __repr__(self) -> str:
        return repr(list(self._requests))


class MonitoredResource(simpy.Resource):
    PutQueue = WaitingLine

    def __init__(self, env: simpy.Environment, capacity: int, name: str, hours: WorkingTime) -> None:
        self.limited = capacity > 0
        super().__init__(env, capacity if self.limited else sys.maxsize)
        self.users = InService()  # type: ignore[assignment]  # (read as SimPy's list of users: see InService)
        self.name, self.hours = name, hours
        self.waits: list[float] = []  # seconds each granted request waited, until its work began
        self.working_waits: list[float] = []  # the same waits, in working seconds
        self.worked = 0.0  # seconds of work done
        self.worked_by_day: dict[int, float] = {}  # seconds of work begun on each day
        self.on_wait = None  # called (request, seconds waited) when a request is granted: the event log uses it
        self._queue_area = 0.0  # integral of the requests waiting over time
        self._since = env.now
        self.first_request: float | None = None
        self.last_release: float | None = None
        self.max_queue = 0

    def request(self) -> simpy.resources.resource.Request:
        self._tally()  # (before the request joins the queue or the users)
        if self.first_request is None:
            self.first_request = self._env.now
        request = super().request()
        request.requested_at = self._env.now  # type: ignore[attr-defined]  # (ours, on SimPy's request)
        request.callbacks.append(self._granted)
        self.max_queue = max(self.max_queue, len(self.put_queue))
        return request

    def release(self, request) -> simpy.resources.resource.Release:
        self._tally()  # (before the unit is freed, and maybe given to the next request)
        self.last_release = self._env.now
        return super().release(request)

    def work(self, seconds: float):
        """The unit just granted works ``seconds`` of its working time (a SimPy generator: ``yield from``)."""
        env = self._env
        day = int(env.now // 86_400)
        yield env.timeout(self.hours.after(env.now, seconds) - env.now)
        self.worked += seconds
        self.worked_by_day[day] = self.worked_by_day.get(day, 0.0) + seconds  # (counted on the day it began)

    def _granted(self, request) -> None:
        begins = self.hours.next_moment(self._env.now)
        waited = begins - request.requested_at
        self.waits.append(waited)
        self.working_waits.append(self.hours.between(request.requested_at, begins))
        if self.on_wait is not None:
            self.on_wait(request, waited)

    def _tally(self) -> None:
        now = self._env.now
        self._queue_area += len(self.put_queue) * (now - self._since)
        self._since = now

    def summary(self, horizon: float) -> dict:
        """Requests, waits (mean and 90th percentile, in calendar hours; the mean also in working hours; a request
        still waiting at the horizon counts its wait so far), the longest queue, hours worked, and utilisation over
        working time: over the whole horizon, and while the resource was in demand (from its first request to its
        last release)."""
        self._tally()
        now = self._env.now
        still = [now - r.requested_at for r in self.put_queue]
        waits = np.asarray(self.waits + still, dtype=float) / 3600
        working_waits = np.asarray(self.working_waits + [self.hours.between(r.requested_at, now)
                                                         for r in self.put_queue], dtype=float) / 3600
        first = self.first_request if self.first_request is not None else now
        last = (self.last_release or now) if not self.put_queue and not self.users else now
        open_hours = self.hours.between(0, horizon) / 3600
        demand_hours = self.hours.between(first, last) / 3600
        worked = self.worked / 3600
        busiest = max(self.worked_by_day, key=lambda d: (self.worked_by_day[d], -d)) if self.worked_by_day else None
        return {
            "resource": self.name,
            "capacity": self.capacity if self.limited else None,
            "working_hours": self.hours.spec,
            "requests": len(self.waits) + len(self.put_queue),
            "still_waiting": len(self.put_queue),
            "mean_wait_hours": float(waits.mean()) if len(waits) else 0.0,
            "mean_wait_working_hours": float(working_waits.mean()) if len(working_waits) else 0.0,
            "p90_wait_hours": float(np.percentile(waits, 90)) if len(waits) else 0.0,
            "max_queue": self.max_queue,
            "hours_worked": worked,
            "utilisation": worked / (self.capacity * open_hours) if self.limited and open_hours else None,
            "utilisation_while_in_demand": worked / (self.capacity * demand_hours)
            if self.limited and demand_hours > 0 else None,
            "busy_days": (last - first) / 86_400,
            # the day the most work began, and its hours (the day from the start; the report gives its date)
            "busiest_day": float(busiest) if busiest is not None else None,
            "busiest_day_hours": self.worked_by_day.get(busiest, 0.0) / 3600 if busiest is not None else 0.0,
            "mean_queue": self._queue_area / horizon if horizon else 0.0,
        }
