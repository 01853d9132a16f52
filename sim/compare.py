"""``joinsim compare A.toml B.toml``: two scenarios run with the same root seed, hence common random numbers,
replication by replication; the difference of each headline figure is given with a paired 95% t-interval.
Writes ``<out>/A/`` and ``<out>/B/`` (each a full run report), ``comparison.json`` and ``compare.html``, published
as one folder (``joinsim.output_folder``)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd

from joinsim import output_folder
from sim import runner
from sim.config import Config
from sim.report import STYLE

FOLDERS = ("A", "B")


def compare(configs: list[Config], names: list[str], out: Path, quiet: bool = False, executor: str = "local",
            scheduler: str | None = None, flag: str = "--out") -> dict:
    with output_folder.writing(out, "compare", flag) as work:
        summaries = []
        for config, folder in zip(configs, FOLDERS, strict=True):
            (work / folder).mkdir()
            summaries.append(runner.write_run(config, work / folder, quiet=quiet, executor=executor,
                                              scheduler=scheduler))
        rows = []
        for key, label in runner.HEADLINES:
            a = [r[key] for r in summaries[0]["replications"]["per_replication"]]
            b = [r[key] for r in summaries[1]["replications"]["per_replication"]]
            n = min(len(a), len(b))
            diff = runner.t_interval([b[k] - a[k] for k in range(n)])
            rows.append({"figure": label, "key": key, "a_mean": sum(a) / len(a), "b_mean": sum(b) / len(b),
                         "diff_mean": diff["mean"], "diff_ci95_low": diff["ci95_low"],
                         "diff_ci95_high": diff["ci95_high"], "n": n})
        changed = sorted(k for k in summaries[0]["config"]
                         if summaries[0]["config"][k] != summaries[1]["config"][k])
        result = {"a": names[0], "b": names[1], "folders": list(FOLDERS), "seed": configs[0].seed,
                  "changed_config": changed, "figures": rows,
                  "outcomes": {names[0]: summaries[0]["outcomes"], names[1]: summaries[1]["outcomes"]}}
        (work / "comparison.json").write_text(json.dumps(result, indent=2) + "\n")
        table = pd.DataFrame([{
            "figure": r["figure"], "A": f"{r['a_mean']:,.2f}", "B": f"{r['b_mean']:,.2f}",
            "B − A": f"{r['diff_mean']:+,.2f}", "95% CI of B − A": f"[{r['diff_ci95_low']:,.2f}, "
            f"{r['diff_ci95_high']:,.2f}]", "n": r["n"]} for r in rows])
        outcomes = pd.DataFrame([{"outcome": k, "A": summaries[0]["outcomes"][k], "B": summaries[1]["outcomes"][k]}
                                 for k in summaries[0]["outcomes"]])
        a, b = (html.escape(name) for name in names)
        page = (f"<!doctype html><html lang=en><meta charset=utf-8><title>compare {a} vs {b}</title>"
                f"<style>{STYLE}</style><body><h1>A: {a} vs B: {b}</h1>"
                f"<p class=muted>Same root seed {configs[0].seed} (common random numbers), "
                f"{configs[0].replications} replication(s) each. Config keys that differ: "
                f"{html.escape(', '.join(changed) or 'none')}. Full reports: "
                f"<a href=\"./A/report.html\">A: {a}</a>, <a href=\"./B/report.html\">B: {b}</a>.</p>"
                "<h2>Headline figures (per replication)</h2>" + table.to_html(index=False, border=0)
                + "<h2>Outcomes (all replications)</h2>" + outcomes.to_html(index=False, border=0)
                + "</body></html>\n")
        (work / "compare.html").write_text(page, encoding="utf-8")
    return result
