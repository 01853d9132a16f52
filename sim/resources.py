"""People with limited capacity: a ``simpy.Resource`` that also records how long each request waited and how busy
its units were (after Law, *Simulation Modeling and Analysis*, and pydesrap_mms' ``MonitoredResource``).

Used exactly like ``simpy.Resource``::

    with migration.admins.request() as admin:
        yield admin
        yield env.timeout(contact_time)

A capacity of 0 in the config means "as many as needed": no one ever waits, and no utilisation is reported.
"""

from __future__ import annotations

import sys

import numpy as np
import simpy


class MonitoredResource(simpy.Resource):
    def __init__(self, env: simpy.Environment, capacity: int, name: str) -> None:
        self.limited = capacity > 0
        super().__init__(env, capacity if self.limited else sys.maxsize)
        self.name = name
        self.waits: list[float] = []  # seconds each granted request waited
        self.on_wait = None  # called (request, seconds waited) when a request is granted: the event log uses it
        self._busy_area = 0.0  # integral of the units in use over time (unit-seconds)
        self._queue_area = 0.0  # integral of the requests waiting over time
        self._since = env.now

    def request(self) -> simpy.resources.resource.Request:
        request = super().request()
        request.requested_at = self._env.now  # type: ignore[attr-defined]
        request.callbacks.append(self._granted)
        return request

    def _granted(self, request) -> None:
        waited = self._env.now - request.requested_at
        self.waits.append(waited)
        if self.on_wait is not None:
            self.on_wait(request, waited)

    def _tally(self) -> None:
        now = self._env.now
        self._busy_area += len(self.users) * (now - self._since)
        self._queue_area += len(self.put_queue) * (now - self._since)
        self._since = now

    def _do_put(self, event) -> bool | None:  # (SimPy's hook: a request is granted or queued)
        self._tally()
        return super()._do_put(event)

    def _do_get(self, event) -> bool | None:  # (SimPy's hook: a unit is released)
        self._tally()
        return super()._do_get(event)

    def summary(self, horizon: float) -> dict:
        """Requests, waits (mean and 90th percentile, in hours) and utilisation over ``horizon`` seconds."""
        self._tally()
        waits = np.asarray(self.waits, dtype=float) / 3600
        return {
            "resource": self.name,
            "capacity": self.capacity if self.limited else None,
            "requests": len(self.waits) + len(self.put_queue),
            "still_waiting": len(self.put_queue),
            "mean_wait_hours": float(waits.mean()) if len(waits) else 0.0,
            "p90_wait_hours": float(np.percentile(waits, 90)) if len(waits) else 0.0,
            "utilisation": self._busy_area / (self.capacity * horizon) if self.limited and horizon else None,
            "mean_queue": self._queue_area / horizon if horizon else 0.0,
        }
