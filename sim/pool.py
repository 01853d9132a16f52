"""The one way to run independent tasks in parallel: the replications of ``joinsim run``, the scenarios and
replications of ``compare``, the grid points and replications of ``sweep``.

    results = run_tasks(one_replication, tasks, workers=2)                     # local processes
    results = run_tasks(one_replication, tasks, executor="dask", workers=2)    # a Dask LocalCluster on 127.0.0.1
    results = run_tasks(one_replication, tasks, executor="dask", scheduler="tcp://host:8786")  # a Dask cluster
    results = run_tasks(one_replication, tasks, executor="dask", client=client)  # a notebook's own Dask client

Results come back **in the order of the tasks**, whatever ran them and in whatever order they finished, so the
executor and the number of workers never change an output (each task carries its own random seed).

- One worker (or one task): the tasks run in this process, one after the other.
- Local processes (``ProcessPoolExecutor``): workers ignore Ctrl-C (this process handles it: it kills them and
  raises) and are killed by the kernel if this process dies, even by ``kill -9`` (``PR_SET_PDEATHSIG``), so
  none is left behind as an orphan. A worker that dies has its unfinished tasks run again, ``retries`` times.
- Dask: a task whose worker dies is rescheduled by the scheduler; one that raises is run again ``retries``
  times. Ctrl-C cancels every task. A local cluster is started on the loopback interface and closed afterwards.
  ``check``, when given, runs first on every worker (the model imports there: ``joinsim.sim.models.on_workers``); a
  ``UsageError`` it raises stops the run before any task, in one line naming the worker.

A task is pickled to its worker: what it names by reference (a model's ``"module:Class"``) is imported there.
Forked local workers (Linux) also see whatever this process defined, a notebook's classes included; spawned ones
and Dask workers only what they can import (``sees_this_process``).
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from joinsim.common.errors import Interrupted, UsageError

T = TypeVar("T")
R = TypeVar("R")
EXECUTORS = ("local", "dask")
LOCAL_START = "fork" if sys.platform == "linux" else "spawn"  # how local worker processes start


class ExecutorError(RuntimeError):
    """The cluster cannot be reached, or a task failed for good after its retries (exit code 1)."""


def run_tasks(fn: Callable[[T], R], tasks: Sequence[T], *, workers: int = 1, executor: str = "local",
              scheduler: str | None = None, retries: int = 2,
              on_done: Callable[[int, R], None] | None = None, client=None,
              check: Callable[[], None] | None = None) -> list[R]:
    """``fn(task)`` for every task, in parallel as asked; the results in task order. ``on_done(index, result)``
    is called in this process as each task finishes (for a progress bar). ``client``: an open Dask client to use
    (the caller closes it) instead of connecting to ``scheduler`` or starting a local cluster. ``check()``: run on
    every Dask worker before any task (local workers import what this process can)."""
    if executor not in EXECUTORS:
        raise UsageError(f"--executor {executor!r} is invalid: allowed one of {', '.join(EXECUTORS)}")
    if scheduler is None and client is None:
        workers = on_this_machine(workers, len(tasks))
    if executor == "dask" or client is not None:
        return _on_dask(fn, tasks, workers, scheduler, retries, on_done, client, check)
    if workers <= 1 or len(tasks) <= 1:
        results = []
        for index, task in enumerate(tasks):
            results.append(fn(task))
            if on_done is not None:
                on_done(index, results[-1])
        return results
    return _on_local_processes(fn, tasks, workers, retries, on_done)


_SAID: set[int] = set()  # (the warning is given once per command, not once per round of replications)


def on_this_machine(workers: int, tasks: int) -> int:
    """The worker processes started on this machine, local or a Dask LocalCluster alike: at most one per CPU (more
    only slow the run down, and hundreds of Dask nannies on two cores do not even start), said once."""
    import os

    cpus = os.cpu_count() or 1
    if workers > cpus and tasks > cpus and workers not in _SAID:
        _SAID.add(workers)
        print(f"joinsim: warning: --workers {workers} is more than this machine's {cpus} CPUs: {cpus} worker processes "
              "run the tasks (the results are the same)", file=sys.stderr)
    return min(workers, cpus)


def sees_this_process(executor: str, workers: int) -> bool:
    """Whether the tasks run in this process or in local worker processes forked from it, which see all it defined
    (a notebook's classes too); spawned processes and Dask workers see only what they import."""
    return executor == "local" and (workers <= 1 or LOCAL_START == "fork")


# --------------------------------------------------------------------------------------- local processes
def worker_started() -> None:
    """In each worker process: Ctrl-C is the parent's to handle; SIGTERM ends the worker itself (the parent's
    handler, inherited by the fork, would turn it into an exception inside the worker); the worker dies with its
    parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform == "linux":
        import ctypes

        pr_set_pdeathsig = 1
        try:
            ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def _on_local_processes(fn, tasks, workers, retries, on_done) -> list:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context(LOCAL_START)
    results: dict[int, Any] = {}
    deaths = 0
    while len(results) < len(tasks):
        todo = [index for index in range(len(tasks)) if index not in results]
        pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=context,
                                   initializer=worker_started)
        broken = False
        try:
            futures = {pool.submit(fn, tasks[index]): index for index in todo}
            pending = set(futures)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        broken = True  # a worker died: its tasks run again below
                        continue
                    results[futures[future]] = result
                    if on_done is not None:
                        on_done(futures[future], result)
            if broken:
                stop(pool)  # (a surviving worker may be blocked handing back a result nobody reads)
            else:
                pool.shutdown(wait=True)
        except BaseException:
            stop(pool)  # interrupted or failed: do not wait for tasks nobody will read
            raise
        if len(results) < len(tasks):
            deaths += 1
            if deaths > retries:
                raise ExecutorError(f"a worker process died {deaths} times; {len(tasks) - len(results)} task(s) "
                                    "did not finish")
            print(f"joinsim: a worker process died; running its {len(tasks) - len(results)} unfinished task(s) "
                  "again", file=sys.stderr)
    return [results[index] for index in range(len(tasks))]


def stop(pool) -> None:
    """Stop a process pool at once: its workers are killed (SIGKILL), as often as it takes. (A worker stopped while
    it held the result queue's lock would leave the others blocked on it, and the pool's manager thread, which
    Python joins at exit, waiting for them for ever.)"""
    import multiprocessing

    pool.shutdown(wait=False, cancel_futures=True)
    for _ in range(10):
        children = multiprocessing.active_children()
        if not children:
            return
        for process in children:
            process.kill()
        for process in children:
            process.join(timeout=5)


# --------------------------------------------------------------------------------------------------- Dask
def local_cluster(workers: int, processes: bool = True):
    """A Dask ``LocalCluster`` on the loopback interface, without dashboard, one thread per worker.

    Ctrl-C is this process's to handle (it cancels the tasks and closes the cluster), not a KeyboardInterrupt in
    every worker: SIGINT is blocked while the cluster starts, so the thread that runs the cluster (and the worker
    processes it starts, then and later) keep it blocked; a Ctrl-C pressed meanwhile is delivered once the cluster
    is up, and SIGTERM likewise, so that neither lands half-way through Dask's start-up."""
    import logging

    import dask
    from distributed import LocalCluster

    main_thread = threading.current_thread() is threading.main_thread()
    received: list[int] = []
    if main_thread:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        previous_term = signal.signal(signal.SIGTERM, lambda signum, _frame: received.append(signum))
    try:
        # The nanny's default MALLOC_TRIM_THRESHOLD_=65536 slows a replication (millions of small objects) down
        # (docs/measurements.md): the workers keep glibc's own threshold.
        with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, host="127.0.0.1",
                                   protocol="tcp://", dashboard_address=None, silence_logs=logging.CRITICAL,
                                   scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous_term)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # (a Ctrl-C pressed meanwhile: now)
    if received:
        cluster.close()

        raise Interrupted(received[0])
    return cluster


def check_scheduler(address: str) -> None:
    import re

    found = re.fullmatch(r"tcp://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(\d{1,5})", address)
    if found is None or not 1 <= int(found[2]) <= 65535 or len(address) > 300:
        raise UsageError(f"--scheduler {address[:80]!r} is invalid: allowed an address like tcp://HOST:8786")


def _on_dask(fn, tasks, workers, scheduler, retries, on_done, client=None, check=None) -> list:
    import uuid

    from distributed import Client, as_completed

    cluster = None
    own_client = client is None
    if client is not None:
        pass
    elif scheduler:
        check_scheduler(scheduler)
        import logging

        logging.getLogger("distributed").setLevel(logging.CRITICAL)  # (its errors become one line: ExecutorError)
        try:
            client = Client(scheduler, timeout="15s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler!r}: {exc}") from None
        except Exception as exc:  # (not a Dask scheduler: it answered nonsense, even a MemoryError from Dask)
            raise ExecutorError(f"{scheduler!r} did not answer as a Dask scheduler ({type(exc).__name__})") from None
    else:
        cluster = local_cluster(workers)
        client = Client(cluster)
    run = uuid.uuid4().hex[:12]  # two runs on one cluster never share a key (Dask would share the result)
    try:
        if check is not None:
            _check_workers(client, check)
        futures = [client.submit(fn, task, key=f"joinsim-{run}-{index:06d}", retries=retries, pure=False)
                   for index, task in enumerate(tasks)]
        index_of = {future.key: index for index, future in enumerate(futures)}
        results: dict[int, Any] = {}
        try:
            for future in as_completed(futures):
                index = index_of[future.key]
                try:
                    results[index] = future.result()
                except Exception as exc:  # failed for good (its retries used up, or its worker kept dying)
                    if isinstance(exc, UsageError):
                        raise
                    raise ExecutorError(f"task {index} failed: {type(exc).__name__}: {exc}") from exc
                future.release()
                if on_done is not None:
                    on_done(index, results[index])
        except BaseException:
            client.cancel(futures, force=True)
            raise
        return [results[index] for index in range(len(tasks))]
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


def _check_workers(client, check: Callable[[], None]) -> None:
    """``check()`` on every worker of the cluster, before any task: what it refuses there (a model the worker cannot
    import) is one line naming the worker."""
    answers = client.run(check, on_error="return")
    for address, answer in sorted(answers.items()):
        if isinstance(answer, UsageError):
            others = sum(isinstance(a, BaseException) for a in answers.values()) - 1
            raise UsageError(f"on the Dask worker {address}{f' (and {others} more)' if others else ''}: {answer}")
        if isinstance(answer, BaseException):
            raise ExecutorError(f"the Dask worker {address} failed before any task: {type(answer).__name__}: "
                                f"{answer}")
