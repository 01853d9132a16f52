"""A quicker ``__init__`` for frozen dataclasses that are built millions of times (events, amounts, results).

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__`` (to get past its own
``__setattr__``, which refuses changes): about twice the cost of building the object otherwise. This one takes
the same parameters, in the same order and with the same defaults, puts the values straight into the
instance's ``__dict__`` and then calls ``__post_init__`` if the class has one. Nothing else changes: the class
stays frozen (assigning a field still raises ``FrozenInstanceError``), equal, hashable and ordered as before.

Used as a class decorator (the events of ``model.events``). When mypyc compiles the model (``sim/compiled_model.py``),
a class with a decorator it does not know stays a plain Python class, which this function can change; the classes
built most often write their ``__init__`` out instead (``Money``, ``JoinResult``, ``Invitation``, ``Refund``), which
mypyc compiles.
"""

from __future__ import annotations

import dataclasses


def quick_init(cls: type) -> type:
    fields = [f for f in dataclasses.fields(cls) if f.init]
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or hasattr(cls, "__slots__"):
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses without slots")
    if any(f.default_factory is not dataclasses.MISSING or f.kw_only is True for f in fields):
        raise TypeError(f"{cls.__name__}: quick_init handles plain defaults only")
    signature = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}"
                          for f in fields)
    lines = [f"def __init__(self, {signature}):", "    d = self.__dict__"]
    lines += [f"    d[{f.name!r}] = {f.name}" for f in fields]
    if hasattr(cls, "__post_init__"):
        lines.append("    self.__post_init__()")
    namespace = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    exec("\n".join(lines), namespace)  # as dataclasses itself does, to get a real signature
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls
