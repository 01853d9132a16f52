"""Named input distributions: every delay of the simulation says which distribution it follows and with which
parameters, in the config, e.g.

    [behaviour]
    read_delay = { distribution = "lognormal", median = 30.0, sigma = 1.0 }   # hours
    fix_delay = { distribution = "exponential", mean = 3.0 }                  # days

Each distribution is a small pydantic model (so a config is checked with the same clear messages as any setting)
that draws its values with a numpy ``Generator``: one random stream per activity (``joinsim.sim.migration.Streams``),
never a global one (``Draw``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

BLOCK = 4096


class _Distribution(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
    if TYPE_CHECKING:  # (each kind's field, its name: declared here for the type checker only, not as pydantic's)
        distribution: str

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        raise NotImplementedError

    def mean(self) -> float:
        raise NotImplementedError

    def describe(self) -> str:
        """In words, for reports: ``lognormal (median 30, sigma 1)``."""
        params = ", ".join(f"{k} {v:g}" for k, v in self.model_dump().items() if k != "distribution")
        return f"{self.distribution} ({params})" if params else self.distribution


Positive = Annotated[float, Field(gt=0, le=1e6, allow_inf_nan=False)]
NonNegative = Annotated[float, Field(ge=0, le=1e6, allow_inf_nan=False)]


class Fixed(_Distribution):
    """Always the same value."""

    distribution: Literal["fixed"] = "fixed"
    value: NonNegative

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        return np.full(size, self.value)

    def mean(self) -> float:
        return self.value


class Exponential(_Distribution):
    """Memoryless waiting, by its mean."""

    distribution: Literal["exponential"] = "exponential"
    mean_value: Positive = Field(alias="mean")

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True)

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        return rng.exponential(self.mean_value, size)

    def mean(self) -> float:
        return self.mean_value

    def describe(self) -> str:
        return f"exponential (mean {self.mean_value:g})"


class Lognormal(_Distribution):
    """Right-skewed waiting (most people act soon, a few much later), by its median and the sigma of its log."""

    distribution: Literal["lognormal"] = "lognormal"
    median: Positive
    sigma: Annotated[float, Field(ge=0, le=5, allow_inf_nan=False)] = 1.0

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        return self.median * np.exp(self.sigma * rng.standard_normal(size))

    def mean(self) -> float:
        return float(self.median * np.exp(self.sigma**2 / 2))


class Uniform(_Distribution):
    """Any value between low and high, equally likely."""

    distribution: Literal["uniform"] = "uniform"
    low: NonNegative
    high: NonNegative

    @model_validator(mode="after")
    def _ordered(self) -> Uniform:
        if self.low > self.high:
            raise ValueError(f"low {self.low:g} is above high {self.high:g}")
        return self

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        return rng.uniform(self.low, self.high, size)

    def mean(self) -> float:
        return (self.low + self.high) / 2


class Triangular(_Distribution):
    """Between low and high, most often near mode (an expert's "usually about, at least, at most")."""

    distribution: Literal["triangular"] = "triangular"
    low: NonNegative
    mode: NonNegative
    high: NonNegative

    @model_validator(mode="after")
    def _ordered(self) -> Triangular:
        if self.low == self.high:
            raise ValueError(f"low {self.low:g} equals high: a triangular needs low < high (else use fixed)")
        if not self.low <= self.mode <= self.high:
            raise ValueError(f"low {self.low:g} <= mode {self.mode:g} <= high {self.high:g} does not hold")
        return self

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        return rng.triangular(self.low, self.mode, self.high, size)

    def mean(self) -> float:
        return (self.low + self.mode + self.high) / 3


class Gamma(_Distribution):
    """Right-skewed waiting, by its mean and standard deviation."""

    distribution: Literal["gamma"] = "gamma"
    mean_value: Positive = Field(alias="mean")
    sd: Positive

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True)

    @model_validator(mode="after")
    def _drawable(self) -> Gamma:
        """The shape, (mean / sd)², must lie between 1e-6 and 1e6: beyond, it overflows or underflows to 0 (numpy's
        gamma then fails, or draws only zeros), so mean / sd is kept between 0.001 and 1000."""
        if not 1e-3 <= self.mean_value / self.sd <= 1e3:
            raise ValueError(f"mean / sd = {self.mean_value / self.sd:.3g} is outside 0.001 to 1000 (the shape "
                             "(mean / sd)² must lie between 1e-6 and 1e6 to be drawn)")
        return self

    def sample(self, rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
        shape = (self.mean_value / self.sd) ** 2
        return rng.gamma(shape, self.mean_value / shape, size)

    def mean(self) -> float:
        return self.mean_value

    def describe(self) -> str:
        return f"gamma (mean {self.mean_value:g}, sd {self.sd:g})"


Delay = Annotated[Fixed | Exponential | Lognormal | Uniform | Triangular | Gamma, Field(discriminator="distribution")]
NAMES = ("fixed", "exponential", "lognormal", "uniform", "triangular", "gamma")
ALLOWED = ("a table { distribution = ..., parameters }: fixed (value), exponential (mean), lognormal (median, sigma), "
           "uniform (low, high), triangular (low, mode, high) or gamma (mean, sd, mean / sd between 0.001 and 1000)")


class Draw:
    """Values of one distribution from one random stream, times ``scale`` (e.g. 3600 for a delay given in hours and
    simulated in seconds): many at once (``sample``) or one at a time (called; drawn in blocks of ``BLOCK``, as a
    numpy call per value would cost more than the rest of a simulated user's decision). Use one or the other for
    a stream, not both."""

    __slots__ = ("distribution", "rng", "scale", "_values", "_next")

    def __init__(self, distribution: _Distribution, rng: np.random.Generator, scale: float = 1.0) -> None:
        self.distribution, self.rng, self.scale = distribution, rng, scale
        self._values: list[float] = []
        self._next = 0

    def sample(self, size: int | tuple[int, ...]) -> np.ndarray:
        """``size`` values at once (an int, or a shape)."""
        return self.distribution.sample(self.rng, size) * self.scale

    def __call__(self) -> float:
        """The next value."""
        if self._next == len(self._values):
            self._values = self.sample(BLOCK).tolist()
            self._next = 0
        value = self._values[self._next]
        self._next += 1
        return value
