"""Every command of the model is all or nothing (issue 19): the one mechanism, ``command``.

A command (a public method of ``AccountService`` that may change the state) is decorated with ``@command``. It then
runs, every time, in this order:

1. **under the service's lock**: two threads' commands run one after the other (ACC-9: two tabs sending one link);
2. **refused if a command is already running on this thread** (``COMMAND_IN_PROGRESS``): a command started from
   inside another one, by the event sink while the first delivers its events, or by the injected clock or calendar
   while it runs, changes nothing and raises ``errors.CommandInProgress``. Refused rather than queued: the API is
   synchronous, each command returns its result (a ``JoinResult``, an ``Invitation``) or its refusal to its caller,
   and a queued command could give neither to the caller that started it. Refused, the caller learns it at once, by
   a typed error, and sends it again once the first command has returned; served after the first one, it sees what
   the first one did (the link already used, SEC-2), as two threads' requests do;
3. **in a unit of work**: before each change, the function that makes it appends to the command's journal the
   entry that undoes it (the functions at the end of this module); if the command raises anything (a refusal, a
   bug, a failing clock, a ``KeyboardInterrupt``), the journal is played backwards (``ServiceState._fail``) and the
   state is exactly as it was before the command; the events it recorded are dropped (they did not happen), except
   the events a refusal carries (``JoinError.events``: INV-3's bounce);
4. **then its events are delivered** (an outbox): the command records its events in the service's outbox while it
   runs; only once it has completed are they handed to the event sink, in the order they were recorded. A sink
   that fails cannot leave the state half-changed: the change is complete and stays. The events it did not take
   stay in the outbox, in order (``AccountService.undelivered_events()``), and the command raises
   ``errors.EventDeliveryFailed`` (its ``result`` is what the command returned): the command is done, and sending it
   again is refused as done (the invitation is accepted) rather than paying twice. The next command, or
   ``AccountService.deliver_events()``, offers the undelivered events to the sink again, oldest first, before its
   own: the sink receives every event in order, at least once (an event whose delivery raised is offered again).
   The lock is held while the events are delivered, so that the sink receives the events of two threads' commands
   in the order the commands ran.

A query (a public method that only reads) is decorated with ``@query``: under the lock, allowed anywhere, from a
sink or from inside a command.

The journal's rule: every change of the state is preceded, in the same function, by the entry that undoes it.
``tests/test_transactions.py`` checks it by making every line of every command fail in turn.
"""

from __future__ import annotations

import inspect
import linecache
from collections.abc import Callable
from typing import Any, Final, TypeVar

from joinsim.model import errors

F = TypeVar("F", bound=Callable[..., Any])

MISSING: Final = object()  # a dictionary entry that was not there

# The wrappers are generated with the method's own parameters, as ``dataclasses`` generates ``__init__``: the
# commands are on the simulator's hot path, and a wrapper taking ``*args, **kwargs`` with a ``with`` block costs
# nearly twice as much per call as this one, which takes and releases the lock explicitly (docs/measurements.md).
_COMMAND = """
def {name}({parameters}):
    lock = self._lock
    lock.acquire()
    if self._undo is not None:  # this thread is in a command already (another thread would wait for the lock)
        lock.release()  # (and the running command's journal is left as it is)
        raise CommandInProgress("{name} was started while another command of this service runs on this thread "
                                "(see the traceback)")
    try:
        outbox = self._outbox  # (the first self._undelivered events in it are earlier commands': they stay)
        self._undo = undo = []
        try:
            result = {call}
        except BaseException as failure:
            self._fail(undo, failure, "{name}")
            raise
        if outbox:  # (self._undo still holds the journal: a command the sink starts is refused)
            self._deliver("{name}", result)
        return result
    finally:
        self._undo = None
        lock.release()
"""

_QUERY = """
def {name}({parameters}):
    lock = self._lock
    lock.acquire()
    try:
        return method({arguments})
    finally:
        lock.release()
"""


def command(method: F) -> F:
    """A command of the model: runs under the lock, refused if a command is running on this thread, all or nothing
    (a unit of work undone on any exception), then delivers its events (see the module's docstring)."""
    return _wrap(method, _COMMAND, "is_command")


def query(method: F) -> F:
    """A query of the model: reads under the lock, from anywhere (a sink, a command)."""
    return _wrap(method, _QUERY, "is_query")


_WRAPPER_NAMES: Final = frozenset(("lock", "outbox", "undo", "result", "failure", "method",
                                    "CommandInProgress"))


def _wrap(method: F, template: str, mark: str) -> F:
    """``template`` made into a function with ``method``'s parameters and defaults, which calls ``method``; ``mark``,
    its attribute set to True, says which it is (``is_command`` or ``is_query``)."""
    parameters: list[str] = []
    arguments: list[str] = []
    namespace: dict[str, Any] = {"method": method, "CommandInProgress": errors.CommandInProgress}
    keyword_only_marked, var_keyword = False, None
    for parameter in inspect.signature(method).parameters.values():
        name, kind = parameter.name, parameter.kind
        if kind is parameter.POSITIONAL_ONLY:
            raise TypeError(f"{method.__qualname__}: positional-only parameters are not supported")
        if name in _WRAPPER_NAMES or name.startswith("_default_"):
            raise TypeError(f"{method.__qualname__}: the parameter name {name!r} is one of the wrapper's own")
        text = name
        if parameter.default is not parameter.empty:
            namespace[f"_default_{name}"] = parameter.default
            text += f"=_default_{name}"
        if kind is parameter.VAR_POSITIONAL:
            text, keyword_only_marked = f"*{name}", True
            arguments.append(text)
        elif kind is parameter.VAR_KEYWORD:
            text = var_keyword = f"**{name}"
            arguments.append(text)
        elif kind is parameter.KEYWORD_ONLY:
            if not keyword_only_marked:
                parameters.append("*")
                keyword_only_marked = True
            arguments.append(f"{name}={name}")
        else:
            arguments.append(name)
        parameters.append(text)
    if parameters[:1] != ["self"]:
        raise TypeError(f"{method.__qualname__}: a command or query is a method (its first parameter is self)")
    call = f"method({', '.join(arguments)})"
    if var_keyword is not None:  # (without keywords, the call without ``**``: it does not copy an empty dictionary)
        call = f"{call} if {var_keyword[2:]} else method({', '.join(a for a in arguments if a != var_keyword)})"
    source = template.format(name=method.__name__, parameters=", ".join(parameters), arguments=", ".join(arguments),
                             call=call)
    filename = f"<{template is _COMMAND and 'command' or 'query'} {method.__qualname__}>"
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102 (our own template)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)  # (for tracebacks)
    run = namespace[method.__name__]
    run.__qualname__ = method.__qualname__
    run.__module__ = method.__module__
    run.__doc__ = method.__doc__
    run.__annotations__ = getattr(method, "__annotations__", {})
    run.__wrapped__ = method
    setattr(run, mark, True)
    return run


def roll_back(undo: list, to: int = 0) -> None:
    """Plays the journal backwards, down to its entry ``to``: each entry is (function, *arguments)."""
    while len(undo) > to:
        entry = undo.pop()
        entry[0](*entry[1:])


# ---------------------------------------------------------------------------------------- what the journal holds
# An entry of a command's journal is (function, *arguments); besides ``setattr`` (an attribute's old value) and a
# dictionary's ``pop`` (a key that was not there), these functions put things back. Each puts back what was there,
# whether or not the change that followed its entry was made, and puts back the very objects that were there (a
# container's contents are put back in place, from a copy): an earlier entry of the command may name them.
def put_back_fields(record: object, names: tuple[str, ...], values: tuple) -> None:
    """Several fields of a record, in one entry."""
    for name, value in zip(names, values, strict=True):
        setattr(record, name, value)


def put_back_entry(mapping: dict, key: object, value: object) -> None:
    """A dictionary's entry as it was (``MISSING``: there was none)."""
    if value is MISSING:
        mapping.pop(key, None)
    else:
        mapping[key] = value


def put_back_items(container: list | set | dict, items: list | set | dict) -> None:
    """The contents of a small list, set or dictionary changed in place, from a copy."""
    if isinstance(container, list):
        container[:] = items
    else:
        container.clear()
        container.update(items)


def truncate(items: list, length: int) -> None:
    """A list that was only appended to, back to its old length (an account's members: copying them would cost as
    much as the account is large)."""
    del items[length:]
